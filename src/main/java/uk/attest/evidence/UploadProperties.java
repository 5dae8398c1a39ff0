package uk.attest.evidence;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploaded evidence files (attest.uploads.*): their size and types, and how far a ZIP
 * container (docx, xlsx, odt...) may expand when inspected: entries in all, bytes in all, times an
 * entry may expand over its compressed size, and archives within archives.
 */
@ConfigurationProperties("attest.uploads")
public record UploadProperties(
    @DefaultValue("25MB") DataSize maxFileSize,
    @DefaultValue("10000") int maxArchiveEntries,
    @DefaultValue("256MB") DataSize maxArchiveExpandedSize,
    @DefaultValue("100") int maxArchiveCompressionRatio,
    @DefaultValue("3") int maxArchiveDepth,
    @DefaultValue({
          "application/pdf",
          "image/png",
          "image/jpeg",
          "image/gif",
          "image/webp",
          "text/plain",
          "text/csv",
          "application/json",
          "audio/mpeg",
          "audio/vnd.wave",
          "video/mp4",
          "video/quicktime",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/vnd.openxmlformats-officedocument.presentationml.presentation",
          "application/vnd.oasis.opendocument.text",
          "application/vnd.oasis.opendocument.spreadsheet"
        })
        List<String> allowedTypes) {

  ArchiveScan.Limits archiveLimits() {
    return new ArchiveScan.Limits(
        maxArchiveEntries,
        maxArchiveExpandedSize.toBytes(),
        maxArchiveCompressionRatio,
        maxArchiveDepth);
  }

  /** The file size limit as people write it: 25MB, 64KB, 1000B. */
  public String maxFileSizeText() {
    long bytes = maxFileSize.toBytes();
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + "MB";
    }
    return bytes % 1024 == 0 ? bytes / 1024 + "KB" : bytes + "B";
  }
}
