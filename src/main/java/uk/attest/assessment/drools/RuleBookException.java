package uk.attest.assessment.drools;

import java.util.List;

/** rules/ could not be compiled; each problem names the file and line. */
public final class RuleBookException extends RuntimeException {
  private final List<String> problems;

  public RuleBookException(List<String> problems) {
    super(
        problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + " in the rules:\n  "
            + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
