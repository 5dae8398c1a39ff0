package uk.attest.quality.facts;

/**
 * An assessor at the centre and what the IQA has found of their work so far.
 *
 * @param sampled how many of their decisions were sampled up to the plan's end
 * @param actionRequired how many of those samples asked the assessor to look again
 */
public record AssessorFact(
    String id, String name, boolean qualified, int sampled, int actionRequired) {

  /** The share of sampling decisions that needed action, 0 to 100 (0 when none were sampled). */
  public double actionRequiredPercent() {
    return sampled == 0 ? 0 : 100.0 * actionRequired / sampled;
  }
}
