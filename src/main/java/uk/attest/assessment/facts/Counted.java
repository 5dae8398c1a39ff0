package uk.attest.assessment.facts;

/** A claim that counts towards its criterion: accepted, valid, authentic, current and reliable. */
public record Counted(String evidenceId, String criterionId, String method, String rule) {}
