package uk.attest.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A rate limit counts uses per key in a sliding window and says when to try again. */
class RateLimitTest {

  /** A clock the test moves by hand. */
  static final class Hand extends Clock {
    Instant now = Instant.parse("2026-12-06T09:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aKeyPastItsLimitIsRefusedUntilItsOldestUseLeavesTheWindow() {
    Hand clock = new Hand();
    RateLimit limit = new RateLimit("suggestions for a text", 2, Duration.ofMinutes(1), clock);
    limit.take("acc_1");
    clock.now = clock.now.plusSeconds(20);
    limit.take("acc_1");

    clock.now = clock.now.plusSeconds(10);
    assertThatThrownBy(() -> limit.take("acc_1"))
        .isInstanceOf(TooManyRequests.class)
        .hasMessage(
            "too many suggestions for a text: at most 2 in a minute; try again in 30 seconds")
        .satisfies(e -> assertThat(((TooManyRequests) e).retryAfterSeconds()).isEqualTo(30));

    clock.now = clock.now.plusSeconds(30);
    limit.take("acc_1"); // the first use has left the window
  }

  @Test
  void eachKeyHasALimitOfItsOwnAndARefusalIsNotCountedAsAUse() {
    Hand clock = new Hand();
    RateLimit limit = new RateLimit("status checks", 1, Duration.ofSeconds(10), clock);
    limit.take("192.0.2.1");
    limit.take("192.0.2.2");
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> limit.take("192.0.2.1")).isInstanceOf(TooManyRequests.class);
    }
    clock.now = clock.now.plusSeconds(10);
    limit.take("192.0.2.1");
  }

  @Test
  void aLimitAllowsAtLeastOneUse() {
    assertThatThrownBy(() -> new RateLimit("x", 0, Duration.ofMinutes(1), Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one use");
  }
}
