package uk.attest.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes ZIP archives entry by entry to a stream, including entries of many mebibytes of zeros
 * compressed about a thousand times, without ever holding or compressing those mebibytes: one
 * mebibyte of zeros is deflated once and its compressed form repeated (the deflater's state is the
 * same after each mebibyte of zeros). A test can make a 4 MB Word document that expands to 4 GiB.
 */
public final class ZipBomb implements AutoCloseable {
  public static final int MIB = 1024 * 1024;

  private record Written(String name, long crc, long compressed, long size, long offset) {}

  private final OutputStream out;
  private final List<Written> written = new ArrayList<>();
  private long position;

  ZipBomb(OutputStream out) {
    this.out = out;
  }

  /** A Word document's parts around an entry that expands to the given mebibytes of zeros. */
  public static void wordDocument(OutputStream out, int mebibytesOfZeros) throws IOException {
    try (ZipBomb zip = new ZipBomb(out)) {
      zip.entry(
          "[Content_Types].xml",
          "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
      zip.entry(
          "word/document.xml",
          "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
      zip.zeros("word/media/image1.png", mebibytesOfZeros);
    }
  }

  /** An entry holding the text, deflated. */
  void entry(String name, String text) throws IOException {
    entry(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** An entry holding the bytes, deflated. */
  void entry(String name, byte[] bytes) throws IOException {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    deflater.setInput(bytes);
    deflater.finish();
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    while (!deflater.finished()) {
      data.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    CRC32 crc = new CRC32();
    crc.update(bytes);
    long offset = position;
    header(name);
    write(data.toByteArray());
    descriptor(new Written(name, crc.getValue(), data.size(), bytes.length, offset));
  }

  /** An entry of the given mebibytes of zeros (under 4096, so no ZIP64 is needed). */
  void zeros(String name, int mebibytes) throws IOException {
    if (mebibytes < 3 || mebibytes >= 4096) {
      throw new IllegalArgumentException("3 to 4095 MiB");
    }
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    byte[] zeros = new byte[MIB];
    byte[] first = step(deflater, zeros, Deflater.SYNC_FLUSH);
    byte[] repeated = step(deflater, zeros, Deflater.SYNC_FLUSH);
    if (!Arrays.equals(repeated, step(deflater, zeros, Deflater.SYNC_FLUSH))) {
      throw new IllegalStateException("the deflater does not repeat itself on zeros");
    }
    deflater.setInput(new byte[0]);
    deflater.finish();
    ByteArrayOutputStream end = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    while (!deflater.finished()) {
      end.write(buffer, 0, deflater.deflate(buffer));
    }
    byte[] last = end.toByteArray();
    deflater.end();
    CRC32 crc = new CRC32();
    long offset = position;
    header(name);
    write(first);
    crc.update(zeros);
    for (int i = 1; i < mebibytes; i++) {
      write(repeated);
      crc.update(zeros);
    }
    write(last);
    long compressed = first.length + (long) repeated.length * (mebibytes - 1) + last.length;
    descriptor(new Written(name, crc.getValue(), compressed, (long) mebibytes * MIB, offset));
  }

  private static byte[] step(Deflater deflater, byte[] input, int flush) {
    deflater.setInput(input);
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    int n;
    do {
      n = deflater.deflate(buffer, 0, buffer.length, flush);
      data.write(buffer, 0, n);
    } while (n == buffer.length || !deflater.needsInput());
    return data.toByteArray();
  }

  private void header(String name) throws IOException {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    int32(0x04034b50);
    int16(20);
    int16(0x0808); // sizes in a descriptor after the data; UTF-8 names
    int16(8);
    int16(0);
    int16(0x21);
    int32(0);
    int32(0);
    int32(0);
    int16(n.length);
    int16(0);
    write(n);
  }

  private void descriptor(Written w) throws IOException {
    int32(0x08074b50);
    int32(w.crc());
    int32(w.compressed());
    int32(w.size());
    written.add(w);
  }

  @Override
  public void close() throws IOException {
    long start = position;
    for (Written w : written) {
      byte[] n = w.name().getBytes(StandardCharsets.UTF_8);
      int32(0x02014b50);
      int16(20);
      int16(20);
      int16(0x0808);
      int16(8);
      int16(0);
      int16(0x21);
      int32(w.crc());
      int32(w.compressed());
      int32(w.size());
      int16(n.length);
      int16(0);
      int16(0);
      int16(0);
      int16(0);
      int32(0);
      int32(w.offset());
      write(n);
    }
    long size = position - start;
    int32(0x06054b50);
    int16(0);
    int16(0);
    int16(written.size());
    int16(written.size());
    int32(size);
    int32(start);
    int16(0);
    out.flush();
  }

  private void int16(int v) throws IOException {
    write(new byte[] {(byte) v, (byte) (v >> 8)});
  }

  private void int32(long v) throws IOException {
    write(new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)});
  }

  private void write(byte[] bytes) throws IOException {
    out.write(bytes);
    position += bytes.length;
  }
}
