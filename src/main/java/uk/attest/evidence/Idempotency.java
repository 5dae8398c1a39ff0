package uk.attest.evidence;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.attest.shared.Checks;
import uk.attest.shared.Limits;
import uk.attest.shared.Sha256;

/**
 * What makes a write safe to retry: the key it is stored under and a fingerprint of what was sent.
 * The same key with the same fingerprint is the same request again, answered with what was stored;
 * with another fingerprint it is a different request reusing the key, a conflict.
 *
 * @param key null when the client sent none (then nothing is replayed)
 */
record Idempotency(String key, String fingerprint) {
  /** Whether an earlier write was stored under the key, and if so whether it was this one. */
  enum Seen {
    NEW,
    REPEATED,
    CHANGED
  }

  /** A client's Idempotency-Key header, stripped; null when absent or blank. */
  static String key(Checks checks, String header) {
    return checks.optionalText("Idempotency-Key", header, Limits.IDEMPOTENCY_KEY);
  }

  /** A fingerprint of a request's parts, in order (their text joined by NUL, hashed). */
  static String fingerprint(Object... parts) {
    return Sha256.hex(
        Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining("\u0000")));
  }

  /** How this request compares with the fingerprint of an earlier write under its key. */
  Seen against(Optional<String> earlier) {
    if (key == null || earlier.isEmpty()) {
      return Seen.NEW;
    }
    return earlier.get().equals(fingerprint) ? Seen.REPEATED : Seen.CHANGED;
  }
}
