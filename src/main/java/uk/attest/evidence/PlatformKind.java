package uk.attest.evidence;

import uk.attest.catalogue.Method;

/**
 * What the learning platform sends, and the assessment method it is recorded as unless the item
 * names one.
 */
public enum PlatformKind {
  CONVERSATION(Method.QUESTIONING),
  PRACTICE_SCENARIO(Method.SIMULATION),
  WORKPLACE_EXAMPLE(Method.REFLECTIVE_ACCOUNT);

  private final Method method;

  PlatformKind(Method method) {
    this.method = method;
  }

  public Method method() {
    return method;
  }

  /** How a person reads the kind of item. */
  public String label() {
    return switch (this) {
      case CONVERSATION -> "Conversation";
      case PRACTICE_SCENARIO -> "Practice scenario";
      case WORKPLACE_EXAMPLE -> "Workplace example";
    };
  }
}
