package uk.attest.assessment.facts;

import java.util.Set;
import java.util.TreeSet;

/** The outcome of a NOS criterion, why, and the evidence that counted for it. */
public record CriterionResult(
    String criterionId, Outcome outcome, String rule, String reason, Set<String> evidenceIds) {
  public CriterionResult {
    evidenceIds = java.util.Collections.unmodifiableSet(new TreeSet<>(evidenceIds));
  }
}
