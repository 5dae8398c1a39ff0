package uk.attest.quality.facts;

/** A picked decision the IQA should sample before the others, and why. */
public record First(String judgementId, String rule, String reason) {}
