package uk.attest.assessment.facts;

/** Whether one rule of combination holds with the learner's achieved units. */
public record CombinationCheck(String subject, boolean passed, String rule, String reason) {}
