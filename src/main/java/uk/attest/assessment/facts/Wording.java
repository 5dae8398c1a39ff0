package uk.attest.assessment.facts;

import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.attest.catalogue.Method;

/** Small helpers that turn fact values into words a learner can read, for rule reasons. */
public final class Wording {
  private Wording() {}

  /** DIRECT_OBSERVATION becomes "direct observation"; RPL stays "RPL". */
  public static String method(Method method) {
    return method == Method.RPL ? "RPL" : method.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** PARTIAL becomes "partly met", NOT_STARTED "not started". */
  public static String outcome(Outcome outcome) {
    return outcome == Outcome.PARTIAL
        ? "partly met"
        : outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The methods in words, in alphabetical order of their names. */
  public static String methods(Collection<Method> methods) {
    return methods.stream()
        .map(Enum::name)
        .sorted()
        .map(n -> method(Method.valueOf(n)))
        .collect(Collectors.joining(", "));
  }

  public static String list(Collection<?> items) {
    return new TreeSet<>(items.stream().map(String::valueOf).toList())
        .stream().collect(Collectors.joining(", "));
  }

  public static String items(int n) {
    return n == 1 ? "1 item" : n + " items";
  }

  public static String percent(double fraction) {
    return Math.round(fraction * 100) + "%";
  }
}
