package uk.attest.assessment.facts;

/** The career progression score against the next role on the learner's pathway. */
public record Progression(String roleId, int score, String rule, String reason) {
  /** The mean of the competency ratios × 100, rounded down, so 100 means no gap at all. */
  public static int score(double meanRatio) {
    return (int) Math.floor(meanRatio * 100 + 1e-9);
  }
}
