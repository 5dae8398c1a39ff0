package uk.attest.assessment.facts;

/**
 * A rule's verdict on one aspect of one claim.
 *
 * @param criterionId the criterion the claim is for (every aspect is judged per claim)
 */
public record Finding(
    String evidenceId,
    String criterionId,
    Aspect aspect,
    boolean passed,
    String rule,
    String reason) {}
