package uk.attest.assessment.facts;

/**
 * One link from an assessment criterion to a NOS criterion it maps to (pre-joined for the rules).
 */
public record AcMapping(String acId, String criterionId) {}
