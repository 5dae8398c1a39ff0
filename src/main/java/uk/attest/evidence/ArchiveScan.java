package uk.attest.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a ZIP container (a docx, an xlsx, an odt or a plain zip) entry by entry with bounded
 * inflation, so a zip bomb is refused after a few megabytes of work instead of expanding to
 * gigabytes. Bytes are counted as they come out of the inflater; the sizes an archive declares are
 * never trusted. Archives inside the archive are read the same way, within the same limits.
 */
final class ArchiveScan {
  /** Below this many bytes an entry may expand any number of times (small XML parts do). */
  private static final long RATIO_GRACE_BYTES = 1024 * 1024;

  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  /**
   * How far an archive may go: entries in all (nested archives' included), bytes once expanded in
   * all, times an entry may expand over its compressed size, and archives within archives.
   */
  record Limits(int maxEntries, long maxExpandedBytes, int maxRatio, int maxDepth) {}

  /** Why an archive was refused, in words a person reads after "the file is an archive that". */
  static final class Refused extends RuntimeException {
    Refused(String reason) {
      super(reason);
    }
  }

  private final Limits limits;
  private long entries;
  private long expanded;

  private ArchiveScan(Limits limits) {
    this.limits = limits;
  }

  /** Whether the bytes begin like a ZIP archive's first entry. */
  static boolean looksLikeZip(byte[] head) {
    if (head.length < ZIP_MAGIC.length) {
      return false;
    }
    for (int i = 0; i < ZIP_MAGIC.length; i++) {
      if (head[i] != ZIP_MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The names of the archive's top-level entries, once every entry (nested archives included) has
   * been inflated within the limits.
   *
   * @throws Refused when a limit is passed
   * @throws IOException when the archive cannot be read as one
   */
  static Set<String> entries(InputStream archive, Limits limits) throws IOException {
    Set<String> names = new LinkedHashSet<>();
    new ArchiveScan(limits).scan(archive, 1, names);
    return names;
  }

  private void scan(InputStream in, int depth, Set<String> names) throws IOException {
    Counting compressed = new Counting(in);
    ZipInputStream zip = new ZipInputStream(compressed);
    for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
      if (++entries > limits.maxEntries()) {
        throw new Refused("has more than " + limits.maxEntries() + " entries");
      }
      if (names != null) {
        names.add(entry.getName());
      }
      PushbackInputStream data =
          new PushbackInputStream(new Inflated(zip, compressed), ZIP_MAGIC.length);
      byte[] head = data.readNBytes(ZIP_MAGIC.length);
      data.unread(head);
      if (looksLikeZip(head)) {
        if (depth >= limits.maxDepth()) {
          throw new Refused("holds archives nested more than " + limits.maxDepth() + " deep");
        }
        try {
          scan(data, depth + 1, null);
        } catch (ZipException e) {
          // not readable as an archive after all: its bytes are still counted below
        }
      }
      byte[] buffer = new byte[8192];
      while (data.read(buffer) >= 0) {
        // counted and checked as it is read
      }
    }
  }

  /** The bytes read from below, so an entry's expansion can be set against what it came from. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public void close() {
      // the archive's reader closes its own source
    }
  }

  /** One entry's bytes as they are inflated, each checked against the limits. */
  private final class Inflated extends InputStream {
    private final ZipInputStream zip;
    private final Counting compressed;
    private final long compressedAtStart;
    private long entryBytes;

    Inflated(ZipInputStream zip, Counting compressed) {
      this.zip = zip;
      this.compressed = compressed;
      this.compressedAtStart = compressed.count;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = zip.read(b, off, len);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) {
      entryBytes += n;
      expanded += n;
      if (expanded > limits.maxExpandedBytes()) {
        throw new Refused("expands to more than " + megabytes(limits.maxExpandedBytes()));
      }
      long from = Math.max(1, compressed.count - compressedAtStart);
      if (entryBytes > RATIO_GRACE_BYTES && entryBytes / from > limits.maxRatio()) {
        throw new Refused(
            "has an entry that expands more than "
                + limits.maxRatio()
                + " times its compressed size (a zip bomb)");
      }
    }
  }

  private static String megabytes(long bytes) {
    long mb = 1024 * 1024;
    return bytes % mb == 0 ? bytes / mb + "MB" : bytes + " bytes";
  }
}
