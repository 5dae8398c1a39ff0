package uk.attest.assessment.facts;

import java.time.LocalDate;

/** The date the assessment is made on; currency is judged against it. */
public record AssessmentDay(LocalDate date) {
  /** Whether an activity on {@code day} lies within {@code months} before the assessment date. */
  public boolean within(LocalDate day, int months) {
    return !day.plusMonths(months).isBefore(date);
  }
}
