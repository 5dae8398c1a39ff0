package uk.attest.shared;

/** A record that does not exist (or that the caller may not see). */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String kind, String id) {
    super("no " + kind + " '" + id + "'");
  }
}
