package uk.attest.assessment.facts;

import java.util.List;

/** A group of the rules of combination. */
public record GroupFact(
    String id,
    String title,
    boolean mandatory,
    int minimumCredits,
    int maximumCredits,
    List<String> unitIds) {
  public GroupFact {
    unitIds = List.copyOf(unitIds);
  }

  public int unitCount() {
    return unitIds.size();
  }
}
