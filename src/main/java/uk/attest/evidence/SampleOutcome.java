package uk.attest.evidence;

/** An IQA's sampling decision: agreed, or the assessor must look at the judgement again. */
public enum SampleOutcome {
  AGREED,
  ACTION_REQUIRED;

  /** How a person reads the decision. */
  public String label() {
    return switch (this) {
      case AGREED -> "Agreed";
      case ACTION_REQUIRED -> "Action required";
    };
  }
}
