package uk.attest.evidence;

/**
 * A stored file's facts, in its item's order; its bytes are read separately.
 *
 * @param version the version of the item's files it belongs to (1: as uploaded)
 */
public record EvidenceFile(
    String id,
    String evidenceId,
    int position,
    String fileName,
    String mediaType,
    long size,
    String sha256,
    int version) {

  /** A file of the item as first uploaded. */
  public EvidenceFile(
      String id,
      String evidenceId,
      int position,
      String fileName,
      String mediaType,
      long size,
      String sha256) {
    this(id, evidenceId, position, fileName, mediaType, size, sha256, 1);
  }
}
