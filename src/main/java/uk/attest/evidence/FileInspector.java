package uk.attest.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;
import uk.attest.shared.Sha256;

/**
 * Works out what a file really is from its bytes (the name only breaks ties such as docx versus
 * other zip containers), checks it against what the client declared and against the allowed types.
 */
@Component
public class FileInspector {
  private static final MediaTypeRegistry REGISTRY =
      MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

  private final Tika tika = new Tika();
  private final UploadProperties properties;

  FileInspector(UploadProperties properties) {
    this.properties = properties;
  }

  /** A file that passed inspection. */
  public record Inspected(String safeName, String mediaType, long size, String sha256) {}

  /**
   * Why a file was refused: too large (413), or of a type that is not allowed or not as declared
   * (415).
   */
  public static final class RefusedFile extends RuntimeException {
    private final boolean tooLarge;

    public RefusedFile(String message, boolean tooLarge) {
      super(message);
      this.tooLarge = tooLarge;
    }

    public boolean tooLarge() {
      return tooLarge;
    }
  }

  public Inspected inspect(IncomingFile file, String field) {
    String name = safeName(file.name());
    if (file.size() == 0) {
      throw new uk.attest.shared.InvalidInputException(field, "file '" + name + "' is empty");
    }
    if (file.size() > properties.maxFileSize().toBytes()) {
      throw tooLarge(field, name, file.size());
    }
    Hashed hashed = hash(file);
    if (hashed.size() > properties.maxFileSize().toBytes()) {
      throw tooLarge(field, name, hashed.size());
    }
    String detected = detect(file, name);
    Set<String> entries = null;
    if (ArchiveScan.looksLikeZip(head(file)) || containerPart(detected) != null) {
      entries = scanArchive(file, field, name);
    }
    detected = confirmContainer(detected, entries);
    if (!properties.allowedTypes().contains(detected)) {
      throw new RefusedFile(
          field
              + ": file '"
              + name
              + "' is "
              + detected
              + ", which is not an accepted evidence type",
          false);
    }
    if (!compatible(file.declaredType(), detected)) {
      throw new RefusedFile(
          field
              + ": file '"
              + name
              + "' was declared as "
              + file.declaredType()
              + " but its content is "
              + detected,
          false);
    }
    return new Inspected(name, detected, hashed.size(), hashed.sha256());
  }

  private RefusedFile tooLarge(String field, String name, long size) {
    return new RefusedFile(
        field
            + ": file '"
            + name
            + "' is "
            + size
            + " bytes; the limit is "
            + properties.maxFileSizeText(),
        true);
  }

  private record Hashed(long size, String sha256) {}

  /** The file's hash and its size, counted as the bytes come rather than taken on trust. */
  private static Hashed hash(IncomingFile file) {
    MessageDigest digest = Sha256.digest();
    long size = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = file.open()) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
        size += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Hashed(size, HexFormat.of().formatHex(digest.digest()));
  }

  private static byte[] head(IncomingFile file) {
    try (InputStream in = file.open()) {
      return in.readNBytes(4);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String detect(IncomingFile file, String name) {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    try (InputStream in = TikaInputStream.get(new BufferedInputStream(file.open()))) {
      return MediaType.parse(tika.getDetector().detect(in, metadata).toString())
          .getBaseType()
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The entries of a ZIP container, read within the archive limits; null when it is not readable as
   * an archive. An archive past a limit (a zip bomb) is refused as too large.
   */
  private Set<String> scanArchive(IncomingFile file, String field, String name) {
    try (InputStream in = new BufferedInputStream(file.open())) {
      return ArchiveScan.entries(in, properties.archiveLimits());
    } catch (ArchiveScan.Refused e) {
      throw new RefusedFile(
          field + ": file '" + name + "' is an archive that " + e.getMessage(), true);
    } catch (IOException e) {
      return null;
    }
  }

  /** The part that makes a ZIP container the kind of document Tika named, if it is one. */
  private static String containerPart(String detected) {
    return switch (detected) {
      case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" ->
          "word/document.xml";
      case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> "xl/workbook.xml";
      case "application/vnd.openxmlformats-officedocument.presentationml.presentation" ->
          "ppt/presentation.xml";
      case "application/vnd.oasis.opendocument.text",
              "application/vnd.oasis.opendocument.spreadsheet" ->
          "content.xml";
      default -> null;
    };
  }

  /**
   * Office documents are zip files that Tika names partly from the file name; confirm the parts
   * that make a zip that kind of document (from its entries, null if it could not be read as an
   * archive), or call it what it is: a zip.
   */
  static String confirmContainer(String detected, Set<String> entries) {
    String needed = containerPart(detected);
    if (needed == null) {
      return detected;
    }
    if (entries == null) {
      return "application/zip";
    }
    boolean office =
        entries.contains(needed)
            && (entries.contains("[Content_Types].xml") || entries.contains("mimetype"));
    return office ? detected : "application/zip";
  }

  /** Declared types are trusted only as far as the content agrees with them. */
  static boolean compatible(String declared, String detected) {
    if (declared == null || declared.isBlank()) {
      return true;
    }
    MediaType d = MediaType.parse(declared);
    if (d == null) {
      return false;
    }
    String base = d.getBaseType().toString();
    if (base.equals("application/octet-stream") || base.equals(detected)) {
      return true;
    }
    MediaType found = MediaType.parse(detected);
    if (base.startsWith("text/") && detected.startsWith("text/")) {
      return true;
    }
    return REGISTRY.isSpecializationOf(found, d.getBaseType())
        || REGISTRY.isSpecializationOf(d.getBaseType(), found);
  }

  /**
   * The last segment of a client's file name, without control characters, at most 255 characters.
   */
  static String safeName(String name) {
    if (name == null || name.isBlank()) {
      return "file";
    }
    String last = name.replace('\\', '/');
    last = last.substring(last.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
    if (last.isEmpty() || last.equals(".") || last.equals("..")) {
      return "file";
    }
    return last.length() > 255 ? last.substring(last.length() - 255) : last;
  }
}
