package uk.attest.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Days and times as Attest counts them: a day is a day in Europe/London, whatever the server's zone
 * (an assessment is dated by it), and a stored time is kept to the microsecond, as both databases
 * keep it.
 */
public final class Dates {
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  private Dates() {}

  /** The clock the service and the command line run on. */
  public static Clock clock() {
    return Clock.system(LONDON);
  }

  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock);
  }

  /** Now, to the microsecond, so what is returned equals what is read back after storing. */
  public static OffsetDateTime now(Clock clock) {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  /** The day a moment fell on, in the clock's zone. */
  public static LocalDate day(OffsetDateTime at, Clock clock) {
    return at.atZoneSameInstant(clock.getZone()).toLocalDate();
  }
}
