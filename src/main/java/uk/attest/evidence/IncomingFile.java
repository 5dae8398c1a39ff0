package uk.attest.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A file as received: the name the client gave (kept only as a label, never as a path), the type it
 * declared (may be null), its size as received, and its bytes, which are read as a stream (as often
 * as inspection and storage need) and never held whole in memory.
 */
public record IncomingFile(String name, String declaredType, long size, Contents contents) {

  /** Opens the file's bytes from the start, e.g. from the temporary file a multipart part is in. */
  @FunctionalInterface
  public interface Contents {
    InputStream open() throws IOException;
  }

  /** A small file already in memory (demo data, tests). */
  public IncomingFile(String name, String declaredType, byte[] bytes) {
    this(name, declaredType, bytes.length, () -> new ByteArrayInputStream(bytes));
  }

  /** The bytes from the start; the caller closes the stream. */
  public InputStream open() {
    try {
      return contents.open();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
