package uk.attest.catalogue;

/** One thing wrong in criteria/: the file, the line, where in the document, and what. */
public record CatalogueProblem(String file, int line, String where, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ": " + (where.isEmpty() ? "" : where + ": ") + message;
  }
}
