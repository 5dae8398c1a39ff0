package uk.attest.assessment.facts;

/** The target qualification's totals from its rules of combination. */
public record QualificationFact(
    String id, int level, int minimumCredits, int minimumCreditsAtOrAboveLevel, int groupCount) {

  /** One check per group, one for the total and one for the level minimum. */
  public int checkCount() {
    return groupCount + 2;
  }
}
