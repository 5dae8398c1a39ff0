package uk.attest.assessment;

import java.util.List;

/** A bundle that cannot be assessed; each problem names the item and the field. */
public final class BundleException extends RuntimeException {
  private final List<String> problems;

  public BundleException(List<String> problems) {
    super("the evidence bundle is not valid:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
