package uk.attest.shared;

/** A caller asked for something more often than its limit allows: answered 429 with Retry-After. */
public class TooManyRequests extends RuntimeException {
  private final long retryAfterSeconds;

  public TooManyRequests(String message, long retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
