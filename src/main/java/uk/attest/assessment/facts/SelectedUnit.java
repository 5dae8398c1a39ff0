package uk.attest.assessment.facts;

/** A unit in the best choice of units for the rules of combination. */
public record SelectedUnit(String unitId) {}
