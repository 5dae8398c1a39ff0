package uk.attest.evidence;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One version of an evidence item's files. Version 1 is the upload; each replacement is a new
 * version, and the one before it is kept, superseded, never edited.
 *
 * @param name who made it (null for version 1: whoever uploaded the item)
 * @param reason why the files were replaced (null for version 1)
 * @param supersededBy the next version's number, or null for the current one
 */
public record FileVersion(
    int number,
    OffsetDateTime createdAt,
    String name,
    String reason,
    List<EvidenceFile> files,
    Integer supersededBy) {

  public FileVersion {
    files = List.copyOf(files);
  }

  public boolean current() {
    return supersededBy == null;
  }
}
