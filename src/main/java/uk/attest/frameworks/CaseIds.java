package uk.attest.frameworks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * CASE identifiers as name-based UUIDs (version 5, RFC 9562 §5.5) of a stable key such as
 * "attest:nos:ATTECL01.P1", so the same catalogue always exports the same identifiers and another
 * system's references to them keep working.
 */
final class CaseIds {
  /** RFC 9562's namespace for URLs, under which Attest's own namespace is named. */
  private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

  static final UUID NAMESPACE = v5(URL_NAMESPACE, "https://attest.uk/ns/case");

  private CaseIds() {}

  static String of(String key) {
    return v5(NAMESPACE, key).toString();
  }

  static UUID v5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-1", e);
    }
    sha1.update(
        ByteBuffer.allocate(16)
            .putLong(namespace.getMostSignificantBits())
            .putLong(namespace.getLeastSignificantBits())
            .array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bytes.getLong(), bytes.getLong());
  }
}
