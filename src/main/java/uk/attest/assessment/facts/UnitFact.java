package uk.attest.assessment.facts;

/** A qualification unit: its group in the rules of combination, credit, level and size. */
public record UnitFact(String id, String groupId, int credit, int level, int acCount) {}
