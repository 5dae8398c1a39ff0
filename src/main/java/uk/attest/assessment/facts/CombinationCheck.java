package uk.attest.assessment.facts;

import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;

/** Whether one rule of combination holds with the learner's achieved units. */
public record CombinationCheck(String subject, boolean passed, String rule, String reason) {
  /** The reasons of these checks in the order of the rules of combination (by rule id). */
  public static String inOrder(Collection<?> checks) {
    return checks.stream()
        .map(CombinationCheck.class::cast)
        .sorted(
            Comparator.comparing(CombinationCheck::rule).thenComparing(CombinationCheck::subject))
        .map(CombinationCheck::reason)
        .collect(Collectors.joining(" "));
  }
}
