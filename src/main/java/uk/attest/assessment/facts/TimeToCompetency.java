package uk.attest.assessment.facts;

/** Guided learning hours still to cover, and the weeks that takes at the learner's weekly hours. */
public record TimeToCompetency(
    double hours, double weeklyHours, int weeks, String rule, String reason) {
  public static int weeks(double hours, double weeklyHours) {
    return (int) Math.ceil(hours / weeklyHours - 1e-9);
  }
}
