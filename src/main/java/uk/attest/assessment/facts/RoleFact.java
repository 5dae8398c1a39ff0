package uk.attest.assessment.facts;

/** A role the learner is measured against: their current one, or the next on their pathway. */
public record RoleFact(String roleId, String title, boolean target, int competencyCount) {}
