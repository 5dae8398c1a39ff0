package uk.attest.catalogue;

/** A named point on the policy's proficiency scale. */
public record Proficiency(String name, int value) {}
