package uk.attest.evidence;

/** Who witnessed the learner's performance, and in what role. */
public record Witness(String name, String role) {}
