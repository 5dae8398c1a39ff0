package uk.attest.assessment.facts;

import java.util.Set;
import java.util.TreeSet;

/** The outcome of an assessment criterion, from the outcomes of the NOS criteria it maps to. */
public record AcResult(
    String id,
    String unitId,
    Outcome outcome,
    String rule,
    String reason,
    Set<String> evidenceIds,
    double glhShare) {

  public AcResult {
    evidenceIds = java.util.Collections.unmodifiableSet(new TreeSet<>(evidenceIds));
  }
}
