package uk.attest.shared;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Where a JSON error is (".a.b[2]") and what it means, in words rather than parser internals. */
public final class JsonPaths {
  private JsonPaths() {}

  public static String of(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        path.append('.').append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  public static String describe(JacksonException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      Collection<Object> known = u.getKnownPropertyIds();
      return "unknown field"
          + (known == null || known.isEmpty()
              ? ""
              : "; expected one of "
                  + String.join(", ", known.stream().map(String::valueOf).sorted().toList()));
    }
    if (e instanceof RefusedText t) {
      return t.reason();
    }
    if (e instanceof InvalidNullException) {
      return "must not be null";
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "must be " + expected(m.getTargetType());
    }
    if (e instanceof StreamReadException) {
      return "not valid JSON: " + parseError(e);
    }
    return "is not valid";
  }

  /** A parser's complaint in words, and where: "Unexpected character ('}') (line 3, column 7)". */
  public static String parseError(JacksonException e) {
    String first = e.getOriginalMessage().split("\\R", 2)[0];
    int internals = first.indexOf(" (start marker");
    String words = (internals > 0 ? first.substring(0, internals) : first).strip();
    return words
        + (e.getLocation() == null
            ? ""
            : " (line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr()
                + ")");
  }

  private static String expected(Class<?> type) {
    if (type == LocalDate.class) {
      return "a date as YYYY-MM-DD";
    }
    if (type == OffsetDateTime.class) {
      return "a date and time";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    if (type == String.class) {
      return "text";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return "an object";
  }
}
