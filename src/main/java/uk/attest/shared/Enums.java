package uk.attest.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Enum values named in requests and stored rows, read without exceptions for unknown names. */
public final class Enums {
  private Enums() {}

  /** The constant with exactly this name, if there is one. */
  public static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
  }

  /** The constants' names in declaration order, e.g. for "must be one of …". */
  public static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }
}
