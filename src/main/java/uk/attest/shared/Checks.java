package uk.attest.shared;

import java.util.ArrayList;
import java.util.List;
import uk.attest.shared.InvalidInputException.FieldError;

/** Collects every field error of a request, then fails once with all of them. */
public final class Checks {
  private final List<FieldError> errors = new ArrayList<>();

  public String text(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "is required"));
      return null;
    }
    if (value.indexOf('\u0000') >= 0) {
      errors.add(new FieldError(field, "must not contain NUL characters"));
      return null;
    }
    if (value.strip().length() > maxLength) {
      errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
    }
    return value.strip();
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
