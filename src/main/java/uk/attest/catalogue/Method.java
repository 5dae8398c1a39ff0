package uk.attest.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** Assessment methods recognised in UK vocational assessment. */
public enum Method {
  DIRECT_OBSERVATION,
  PROFESSIONAL_DISCUSSION,
  WITNESS_TESTIMONY,
  EXPERT_WITNESS,
  PRODUCT,
  QUESTIONING,
  REFLECTIVE_ACCOUNT,
  RPL,
  SIMULATION;

  public static Optional<Method> parse(String text) {
    return Arrays.stream(values()).filter(m -> m.name().equals(text)).findFirst();
  }

  public static String names() {
    return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
  }
}
