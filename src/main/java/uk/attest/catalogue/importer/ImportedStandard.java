package uk.attest.catalogue.importer;

import java.nio.file.Path;

/** A standard an importer wrote into the criteria folder's format, and what it holds. */
public record ImportedStandard(
    Path written, boolean replaced, String code, int performanceCriteria, int knowledge) {
  public String summary() {
    return (replaced ? "overwrote " : "wrote ")
        + written
        + ": "
        + code
        + " with "
        + performanceCriteria
        + " performance criteria and "
        + knowledge
        + " knowledge items";
  }
}
