package uk.attest.quality;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.attest.Shipped;
import uk.attest.assessment.drools.DroolsRuleBook;
import uk.attest.shared.Actor;
import uk.attest.shared.InvalidInputException;

/** A plan's period is checked before any record is read, each error naming its field. */
class SamplingPlansTest {
  final SamplingPlans plans =
      new SamplingPlans(
          null, // never reached: every request here is refused before the records are read
          new SamplingPlanner(
              DroolsRuleBook.load(Path.of("rules"), "quality"), Shipped.CATALOGUE, ZoneOffset.UTC),
          Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneOffset.UTC));
  final Actor someone = Actor.system("test");

  @Test
  void aPeriodThatEndsBeforeItStartsIsRefusedNamingFrom() {
    assertThatThrownBy(
            () -> plans.plan(someone, "ctr_1", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("from: must not be after 'to' (2026-01-01)");
  }

  @Test
  void aPeriodEndingAfterTodayIsRefusedNamingTo() {
    assertThatThrownBy(() -> plans.plan(someone, "ctr_1", null, LocalDate.of(2027, 1, 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("to: 2027-01-01 is after 2026-12-05");
  }
}
