package uk.attest.shared;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/**
 * Bytes stored as numbered chunks (an evidence file, an export's ZIP), read as one stream that
 * fetches each chunk only when the reader reaches it, so a large file never sits in memory whole.
 */
public final class ChunkedStream {
  private ChunkedStream() {}

  /** The chunks 0 to {@code count - 1}, each fetched by {@code chunk} when first read. */
  public static InputStream of(int count, IntFunction<byte[]> chunk) {
    Iterator<InputStream> parts =
        new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < count;
          }

          @Override
          public InputStream next() {
            if (next >= count) {
              throw new NoSuchElementException();
            }
            return new Lazy(chunk, next++);
          }
        };
    return new SequenceInputStream(
        new java.util.Enumeration<>() {
          @Override
          public boolean hasMoreElements() {
            return parts.hasNext();
          }

          @Override
          public InputStream nextElement() {
            return parts.next();
          }
        });
  }

  /** One chunk, fetched when it is first read. */
  private static final class Lazy extends InputStream {
    private final IntFunction<byte[]> chunk;
    private final int seq;
    private ByteArrayInputStream bytes;

    Lazy(IntFunction<byte[]> chunk, int seq) {
      this.chunk = chunk;
      this.seq = seq;
    }

    private ByteArrayInputStream bytes() {
      if (bytes == null) {
        bytes = new ByteArrayInputStream(chunk.apply(seq));
      }
      return bytes;
    }

    @Override
    public int read() {
      return bytes().read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return bytes().read(b, off, len);
    }
  }
}
