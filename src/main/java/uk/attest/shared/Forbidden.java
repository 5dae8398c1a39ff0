package uk.attest.shared;

/**
 * The caller may see the record but may not do this to it (403). A record the caller may not see at
 * all is answered as not found instead, so ids cannot be probed.
 */
public class Forbidden extends RuntimeException {
  public Forbidden(String message) {
    super(message);
  }
}
