package uk.attest.shared;

import java.util.Optional;

/**
 * A Unique Learner Number: ten digits whose last is a check digit. Weight the first nine by 10 down
 * to 2 and sum; the remainder mod 11 must not be 0, and the tenth digit is 10 minus it.
 */
public record Uln(String value) {
  /** The funding placeholder for "not known": a valid shape, but not a learner. */
  public static final String NOT_KNOWN = "9999999999";

  public Uln {
    problem(value)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p);
            });
  }

  /** Why a text is not a ULN, or empty when it is one. */
  public static Optional<String> problem(String value) {
    if (value == null || !value.matches("\\d{10}")) {
      return Optional.of("a ULN is exactly 10 digits");
    }
    if (value.equals(NOT_KNOWN)) {
      return Optional.of("9999999999 is the placeholder for an unknown learner, not a ULN");
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (value.charAt(i) - '0') * (10 - i);
    }
    int remainder = sum % 11;
    if (remainder == 0 || 10 - remainder != value.charAt(9) - '0') {
      return Optional.of("check digit does not match: " + value + " is not a valid ULN");
    }
    return Optional.empty();
  }
}
