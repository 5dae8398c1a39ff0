package uk.attest.shared;

/** A request that clashes with what is stored, such as a ULN already registered. */
public class ConflictException extends RuntimeException {
  public ConflictException(String message) {
    super(message);
  }
}
