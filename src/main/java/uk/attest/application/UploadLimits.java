package uk.attest.application;

import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Which multipart limit a request went over, said so a person can act on it: the part and its limit
 * (one file; the text parts such as the metadata, together; the whole request).
 */
@Component
class UploadLimits {
  /** One limit exceeded: the part (or "body") and what to tell the sender. */
  record Exceeded(String field, String detail, String message) {}

  private final DataSize file;
  private final DataSize request;
  private final DataSize textParts;

  UploadLimits(Environment env) {
    this.file = size(env, "spring.servlet.multipart.max-file-size", "1MB");
    this.request = size(env, "spring.servlet.multipart.max-request-size", "10MB");
    this.textParts = size(env, "server.tomcat.max-http-form-post-size", "2MB");
  }

  Exceeded of(MaxUploadSizeExceededException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof FileSizeLimitExceededException f) {
        String part = f.getFieldName() == null ? "files" : f.getFieldName();
        boolean aFile = f.getFileName() != null && !f.getFileName().isEmpty();
        return new Exceeded(
            part,
            (aFile ? "A file (part '" + part + "')" : "The part '" + part + "'")
                + " is larger than "
                + text(file)
                + (aFile ? ", the limit for one file" : ", the limit for any one part")
                + "; nothing was stored.",
            "must be at most " + text(file) + (aFile ? " each" : ""));
      }
      if (t instanceof SizeLimitExceededException) {
        return new Exceeded(
            "body",
            "The request is larger than "
                + text(request)
                + ", the limit for all its parts together; nothing was stored.",
            "must be at most " + text(request) + " in all");
      }
      if (t.getMessage() != null && t.getMessage().contains("maxPostSize")) {
        return new Exceeded(
            "metadata",
            "The part 'metadata' (with any other text parts) is larger than "
                + text(textParts)
                + ", the limit for the text of an upload; nothing was stored.",
            "must be at most " + text(textParts));
      }
    }
    return new Exceeded(
        "files",
        "A part is larger than "
            + text(file)
            + " or the request larger than "
            + text(request)
            + "; nothing was stored.",
        "each file must be at most " + text(file));
  }

  private static DataSize size(Environment env, String property, String fallback) {
    return DataSize.parse(env.getProperty(property, fallback));
  }

  /** A size as people write it: 25MB, 64KB, 1000B. */
  static String text(DataSize size) {
    long bytes = size.toBytes();
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + "MB";
    }
    return bytes % 1024 == 0 ? bytes / 1024 + "KB" : bytes + "B";
  }
}
