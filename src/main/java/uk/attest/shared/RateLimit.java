package uk.attest.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} uses per key (an account, an address) in any window of the given length,
 * counted in this instance's memory: a guard against one caller using up an instance, not a quota
 * shared between instances. A use past the limit is refused with {@link TooManyRequests}, saying
 * when the oldest use leaves the window.
 */
public final class RateLimit {
  /** Keys kept before those with no use left in the window are dropped. */
  private static final int TIDY_ABOVE = 10_000;

  private final String what;
  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Map<String, ArrayDeque<Instant>> uses = new ConcurrentHashMap<>();

  /**
   * @param what what is limited, in words for the refusal ("suggestions for a text")
   */
  public RateLimit(String what, int limit, Duration window, Clock clock) {
    if (limit < 1) {
      throw new IllegalArgumentException(
          "a rate limit must allow at least one use, found " + limit);
    }
    this.what = what;
    this.limit = limit;
    this.window = window;
    this.clock = clock;
  }

  /** Counts one use for the key, or refuses it when the key has had its limit in the window. */
  public void take(String key) {
    Instant now = clock.instant();
    Instant oldestKept = now.minus(window);
    if (uses.size() > TIDY_ABOVE) {
      uses.entrySet()
          .removeIf(
              e -> {
                synchronized (e.getValue()) {
                  Instant last = e.getValue().peekLast();
                  return last == null || !last.isAfter(oldestKept);
                }
              });
    }
    ArrayDeque<Instant> times = uses.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(oldestKept)) {
        times.pollFirst();
      }
      if (times.size() >= limit) {
        long seconds =
            Math.max(
                1, (Duration.between(now, times.peekFirst().plus(window)).toMillis() + 999) / 1000);
        throw new TooManyRequests(
            "too many "
                + what
                + ": at most "
                + limit
                + " in "
                + inWords(window)
                + "; try again in "
                + seconds
                + (seconds == 1 ? " second" : " seconds"),
            seconds);
      }
      times.addLast(now);
    }
  }

  private static String inWords(Duration d) {
    long minutes = d.toMinutes();
    if (minutes > 0 && d.equals(Duration.ofMinutes(minutes))) {
      return minutes == 1 ? "a minute" : minutes + " minutes";
    }
    return d.toSeconds() + " seconds";
  }
}
