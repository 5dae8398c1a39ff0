package uk.attest.evidence;

/** An IQA's sampling decision: agreed, or the assessor must look at the judgement again. */
public enum SampleOutcome {
  AGREED,
  ACTION_REQUIRED
}
