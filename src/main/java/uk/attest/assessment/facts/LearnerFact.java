package uk.attest.assessment.facts;

/**
 * The learner being assessed, with the weekly learning hours that apply (own or policy default).
 */
public record LearnerFact(String id, double weeklyHours) {}
