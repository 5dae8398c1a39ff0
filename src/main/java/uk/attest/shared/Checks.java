package uk.attest.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.attest.shared.InvalidInputException.FieldError;

/**
 * Collects every field error of a request, then fails once with all of them. The one place where
 * text, lists and dates from a request are checked: lengths against {@link Limits}, characters by
 * {@link Text}, dates within a window.
 */
public final class Checks {
  private final List<FieldError> errors = new ArrayList<>();

  /** A required line of text, stripped; null (with an error) when missing or wrong. */
  public String text(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "is required"));
      return null;
    }
    return checked(field, value, maxLength, Text.lineProblem(value));
  }

  /** An optional line of text, stripped; null when absent or blank, or (with an error) wrong. */
  public String optionalText(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return checked(field, value, maxLength, Text.lineProblem(value));
  }

  /**
   * Free text that may run over lines (tabs and line breaks allowed), stripped; null when absent or
   * blank (an error if required).
   */
  public String freeText(String field, String value, int maxLength, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(new FieldError(field, "is required"));
      }
      return null;
    }
    return checked(field, value, maxLength, Text.freeTextProblem(value));
  }

  /** A secret such as a password: kept exactly as typed, but checked like any other text. */
  public String secret(String field, String value, int maxLength) {
    if (value == null || value.isEmpty()) {
      errors.add(new FieldError(field, "is required"));
      return null;
    }
    Optional<String> problem = Text.lineProblem(value);
    if (problem.isPresent()) {
      errors.add(new FieldError(field, problem.get()));
      return null;
    }
    if (value.length() > maxLength) {
      errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
      return null;
    }
    return value;
  }

  private String checked(String field, String value, int maxLength, Optional<String> problem) {
    if (problem.isPresent()) {
      errors.add(new FieldError(field, problem.get()));
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > maxLength) {
      errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
      return null;
    }
    return stripped;
  }

  /**
   * A list of ids (criteria, roles), each a line of at most maxLength; at most maxItems of them.
   * The ids stripped, without the wrong ones (each named as field[i]); empty when absent.
   */
  public List<String> ids(String field, List<String> values, int maxItems, int maxLength) {
    if (values == null) {
      return List.of();
    }
    if (values.size() > maxItems) {
      errors.add(new FieldError(field, "must hold at most " + maxItems + " items"));
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String v = text(field + "[" + i + "]", values.get(i), maxLength);
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  /** A required date from earliest to latest, both included; null (with an error) otherwise. */
  public LocalDate date(String field, LocalDate value, LocalDate earliest, LocalDate latest) {
    if (value == null) {
      errors.add(new FieldError(field, "is required"));
      return null;
    }
    if (value.isBefore(earliest)) {
      errors.add(
          new FieldError(field, value + " is before " + earliest + ", the earliest allowed"));
      return null;
    }
    if (value.isAfter(latest)) {
      errors.add(new FieldError(field, value + " is after " + latest + ", the latest allowed"));
      return null;
    }
    return value;
  }

  public <T> T required(String field, T value) {
    if (value == null) {
      errors.add(new FieldError(field, "is required"));
    }
    return value;
  }

  public void check(boolean ok, String field, String message) {
    if (!ok) {
      errors.add(new FieldError(field, message));
    }
  }

  public void add(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  public boolean ok() {
    return errors.isEmpty();
  }

  public void done() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
