package uk.attest.assessment.facts;

/** Qualification readiness: a 0–100 score and READY or NOT_READY. */
public record Readiness(int score, boolean ready, String rule, String reason) {
  /**
   * The score for a learner not yet ready: selected units' credit-weighted coverage over the
   * credits required, rounded down, and never 100 while a rule of combination still fails.
   */
  public static int notReadyScore(double weightedCoverage, int requiredCredits) {
    int score = (int) Math.floor(100.0 * weightedCoverage / requiredCredits + 1e-9);
    return Math.max(0, Math.min(99, score));
  }
}
