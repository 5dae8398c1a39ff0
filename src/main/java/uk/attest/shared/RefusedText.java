package uk.attest.shared;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A JSON string whose characters no field accepts; the message says why, for the field. */
public class RefusedText extends MismatchedInputException {
  private final String reason;

  public RefusedText(JsonParser parser, String reason) {
    super(parser, reason, String.class);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
