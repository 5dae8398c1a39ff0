package uk.attest.assessment.facts;

import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Small helpers that turn fact values into words a learner can read, for rule reasons. */
public final class Wording {
  private Wording() {}

  /** DIRECT_OBSERVATION becomes "direct observation"; RPL stays "RPL". */
  public static String method(String method) {
    return method.equals("RPL") ? "RPL" : method.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  public static String methods(Collection<String> methods) {
    return new TreeSet<>(methods).stream().map(Wording::method).collect(Collectors.joining(", "));
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
