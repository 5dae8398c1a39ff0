package uk.attest.assessment.facts;

/** One NOS criterion that evidences a role competency (pre-joined for the rules). */
public record CompetencyCriterion(String roleId, String competencyId, String criterionId) {}
