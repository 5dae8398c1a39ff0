package uk.attest.evidence;

/** A stored file's facts, in its item's order; its bytes are read separately. */
public record EvidenceFile(
    String id,
    String evidenceId,
    int position,
    String fileName,
    String mediaType,
    long size,
    String sha256) {}
