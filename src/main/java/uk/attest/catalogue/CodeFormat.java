package uk.attest.catalogue;

import java.util.regex.Pattern;

/**
 * The shapes codes in criteria/ must have, each with the words that tell a writer how to fix one.
 */
enum CodeFormat {
  NOS_CODE(
      "NOS code",
      "[A-Z0-9][A-Za-z0-9&.]*",
      "must be letters and digits (and '&' or '.'), starting with a capital or digit"),
  QUALIFICATION_NUMBER(
      "qualification number",
      "\\d{3}/\\d{4}/[0-9X]",
      "must look like NNN/NNNN/C (C a digit or X), e.g. 601/0110/6"),
  UNIT_REFERENCE(
      "unit reference number", "[A-Z]/\\d{3}/\\d{4}", "must look like L/NNN/NNNN, e.g. A/601/1234");

  private final String what;
  private final Pattern pattern;
  private final String shape;

  CodeFormat(String what, String pattern, String shape) {
    this.what = what;
    this.pattern = Pattern.compile(pattern);
    this.shape = shape;
  }

  /** Reports a field whose value is present but not of this shape; a missing one is not its job. */
  void check(YamlMap m, String key, String value) {
    if (value != null && !pattern.matcher(value).matches()) {
      m.problem(key, what + " '" + value + "' " + shape);
    }
  }
}
