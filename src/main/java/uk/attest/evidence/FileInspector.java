package uk.attest.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.Tika;
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
    if (file.bytes().length == 0) {
      throw new uk.attest.shared.InvalidInputException(field, "file '" + name + "' is empty");
    }
    if (file.bytes().length > properties.maxFileSize().toBytes()) {
      throw new RefusedFile(
          field
              + ": file '"
              + name
              + "' is "
              + file.bytes().length
              + " bytes; the limit is "
              + properties.maxFileSizeText(),
          true);
    }
    String detected = confirmContainer(detect(file.bytes(), name), file.bytes());
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
    return new Inspected(name, detected, file.bytes().length, Sha256.hex(file.bytes()));
  }

  private String detect(byte[] bytes, String name) {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    try {
      return MediaType.parse(
              tika.getDetector().detect(new ByteArrayInputStream(bytes), metadata).toString())
          .getBaseType()
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Office documents are zip files that Tika names partly from the file name; confirm the parts
   * that make a zip that kind of document, or call it what it is: a zip.
   */
  static String confirmContainer(String detected, byte[] bytes) {
    String needed =
        switch (detected) {
          case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" ->
              "word/document.xml";
          case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" ->
              "xl/workbook.xml";
          case "application/vnd.openxmlformats-officedocument.presentationml.presentation" ->
              "ppt/presentation.xml";
          case "application/vnd.oasis.opendocument.text",
                  "application/vnd.oasis.opendocument.spreadsheet" ->
              "content.xml";
          default -> null;
        };
    if (needed == null) {
      return detected;
    }
    java.util.Set<String> entries = new java.util.HashSet<>();
    try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        entries.add(entry.getName());
      }
    } catch (IOException e) {
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
