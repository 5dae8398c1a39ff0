package uk.attest.catalogue.importer;

/** An input that cannot be imported, with a message naming the file and what is wrong. */
public final class ImportException extends RuntimeException {
  public ImportException(String message) {
    super(message);
  }
}
