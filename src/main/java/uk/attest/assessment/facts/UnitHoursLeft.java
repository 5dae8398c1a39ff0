package uk.attest.assessment.facts;

/** Guided learning hours still to cover in one selected unit, and how many criteria carry them. */
public record UnitHoursLeft(String unitId, double hours, int openCriteria) {}
