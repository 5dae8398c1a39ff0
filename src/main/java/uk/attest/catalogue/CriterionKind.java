package uk.attest.catalogue;

/** A NOS criterion is either something the learner must do (P) or know and understand (K). */
public enum CriterionKind {
  PERFORMANCE("P"),
  KNOWLEDGE("K");

  private final String prefix;

  CriterionKind(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }
}
