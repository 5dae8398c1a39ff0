package uk.attest.quality.facts;

/**
 * An assessor's experience of one qualification: decisions on its learners made before the plan's
 * period began.
 */
public record AssessorOnQualification(
    String assessorId, String qualificationId, int earlierDecisions) {}
