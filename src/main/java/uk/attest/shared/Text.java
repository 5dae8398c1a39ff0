package uk.attest.shared;

import java.util.Optional;

/**
 * What text Attest accepts from anyone: no control characters (NUL among them, which PostgreSQL
 * cannot store) and no half of a surrogate pair (not a character at all). Free text may break into
 * lines and use tabs; every other field is one line.
 */
public final class Text {
  private Text() {}

  /** What is wrong with the characters of a one-line value, if anything. */
  public static Optional<String> lineProblem(String value) {
    return problem(value, false);
  }

  /** What is wrong with the characters of free text (tabs and line breaks allowed), if anything. */
  public static Optional<String> freeTextProblem(String value) {
    return problem(value, true);
  }

  /**
   * Text from outside that is kept or looked up but never refused (a username someone tried to sign
   * in with): each control character and half surrogate pair replaced by U+FFFD, cut to maxLength,
   * so any database stores and compares it.
   */
  public static String storable(String value, int maxLength) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), maxLength));
    for (int i = 0; i < value.length() && out.length() < maxLength; i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        if (out.length() + 2 > maxLength) {
          break;
        }
        out.append(c).append(value.charAt(++i));
      } else if (Character.isSurrogate(c) || Character.getType(c) == Character.CONTROL) {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Optional<String> problem(String value, boolean lines) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of("must not contain a lone surrogate (U+" + hex(c) + ")");
      } else if (lines && (c == '\t' || c == '\n' || c == '\r')) {
        continue;
      } else if (Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029') {
        return Optional.of(
            "must not contain control characters (U+"
                + hex(c)
                + (lines ? ")" : "); it is one line of text"));
      }
    }
    return Optional.empty();
  }

  private static String hex(char c) {
    return String.format("%04X", (int) c);
  }
}
