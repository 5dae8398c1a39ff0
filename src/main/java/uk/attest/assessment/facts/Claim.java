package uk.attest.assessment.facts;

/** An evidence item claimed against a criterion, joined up front so rules match one fact. */
public record Claim(EvidenceFact evidence, CriterionFact criterion) {
  public String evidenceId() {
    return evidence.id();
  }

  public String criterionId() {
    return criterion.id();
  }
}
