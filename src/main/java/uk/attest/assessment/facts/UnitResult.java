package uk.attest.assessment.facts;

/** Whether a unit is achieved, and its coverage: met assessment criteria over all of them. */
public record UnitResult(
    String unitId,
    String groupId,
    int credit,
    int level,
    boolean achieved,
    int met,
    int total,
    String rule,
    String reason) {

  public double coverage() {
    return total == 0 ? 0 : (double) met / total;
  }

  /** Credit × coverage: what the unit adds to the readiness score. */
  public double weightedCredit() {
    return credit * coverage();
  }
}
