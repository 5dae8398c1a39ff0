package uk.attest.quality.facts;

/** A NOS standard a decision in the period was about, with the title reasons name it by. */
public record StandardFact(String code, String title) {}
