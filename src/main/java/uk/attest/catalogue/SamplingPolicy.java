package uk.attest.catalogue;

import java.util.Set;

/**
 * How much of each assessor's work the internal quality assurer samples, by risk (policy.yaml,
 * sampling). Rates and the threshold are percentages from 0 to 100.
 *
 * @param periodMonths a plan covers the decisions of this many months up to its end date
 * @param standardRate a qualified assessor with no risk named below
 * @param newToQualificationRate an assessor with fewer than newToQualificationDecisions earlier
 *     decisions on the learner's qualification
 * @param actionRequiredRate an assessor whose sampled decisions were found ACTION_REQUIRED more
 *     often than actionRequiredThreshold
 * @param methodsEachUnit methods each standard must have sampled in the period, where it has
 *     decisions by them
 */
public record SamplingPolicy(
    int periodMonths,
    int standardRate,
    int newToQualificationRate,
    int actionRequiredRate,
    int actionRequiredThreshold,
    int newToQualificationDecisions,
    Set<Method> methodsEachUnit) {

  public SamplingPolicy {
    methodsEachUnit = Set.copyOf(methodsEachUnit);
  }
}
