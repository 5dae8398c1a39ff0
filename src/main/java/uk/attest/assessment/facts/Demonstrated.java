package uk.attest.assessment.facts;

/** An accepted, authentic, current, reliable item showing a proficiency on a criterion. */
public record Demonstrated(String criterionId, String evidenceId, int proficiency) {}
