package uk.attest.suggestions.text;

import java.util.Objects;

/**
 * The text read from one file, with whitespace normalised. {@code truncated} says a limit (of
 * characters, pages, bytes or time) stopped the reading part way; {@code note} is a sentence for a
 * person when nothing or only part could be read, and null when everything was.
 */
public record Extracted(String text, boolean truncated, String note) {
  public Extracted {
    Objects.requireNonNull(text, "text");
  }
}
