package uk.attest.suggestions;

/** A suggestion's score in words, for pages and reports: the number is shown beside them. */
public final class Strength {
  private Strength() {}

  public static String of(double score) {
    if (score >= 0.8) {
      return "Strong match";
    }
    return score >= 0.6 ? "Likely match" : "Possible match";
  }
}
