package uk.attest.quality;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A decision's draw, from 0 up to 100, from the SHA-256 of its judgement's id: the same id always
 * draws the same number, so a rate of 20% picks the same fifth of decisions every time the plan is
 * made, and anyone can recompute why a decision was or was not picked.
 */
final class Draw {
  private Draw() {}

  static double of(String judgementId) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(judgementId.getBytes(StandardCharsets.UTF_8));
      long top = ByteBuffer.wrap(hash).getLong() >>> 11; // 53 bits, exact in a double
      return top * 100.0 / (1L << 53);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
