package uk.attest.quality.facts;

/**
 * A rule's choice of a decision for the IQA to sample, and why. A decision picked by several rules
 * has several picks.
 *
 * @param byRisk picked for its assessor's risk (rather than to fill a gap in coverage)
 */
public record Pick(DecisionFact decision, String rule, boolean byRisk, String reason) {}
