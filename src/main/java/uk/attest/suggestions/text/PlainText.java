package uk.attest.suggestions.text;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Plain text and CSV: UTF-8 unless a byte order mark says UTF-16; bad bytes become U+FFFD. */
final class PlainText {
  private PlainText() {}

  static void read(byte[] bytes, TextSink sink) throws Exception {
    Charset charset = StandardCharsets.UTF_8;
    int start = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      start = 3;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      start = 2;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      start = 2;
    }
    var decoded =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
    sink.append(decoded);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
