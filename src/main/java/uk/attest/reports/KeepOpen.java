package uk.attest.reports;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Lets POI finish the ZIP without closing the caller's stream. */
final class KeepOpen extends FilterOutputStream {
  KeepOpen(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
