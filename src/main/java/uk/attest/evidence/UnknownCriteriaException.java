package uk.attest.evidence;

import java.util.List;

/** Criteria the catalogue does not know, listed all together. */
public class UnknownCriteriaException extends RuntimeException {
  private final List<String> unknown;

  public UnknownCriteriaException(List<String> unknown) {
    super("unknown criteria: " + String.join(", ", unknown.stream().map(String::valueOf).toList()));
    this.unknown = List.copyOf(unknown.stream().map(String::valueOf).toList());
  }

  public List<String> unknown() {
    return unknown;
  }
}
