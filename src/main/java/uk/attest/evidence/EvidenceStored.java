package uk.attest.evidence;

/** Published when an evidence item has been stored, so it can be read once the write commits. */
record EvidenceStored(String evidenceId) {}
