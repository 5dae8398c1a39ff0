package uk.attest.web;

/** A catalogue entry or record that does not exist. */
class NotFoundException extends RuntimeException {
  NotFoundException(String kind, String id) {
    super("no " + kind + " '" + id + "'");
  }
}
