package uk.attest.assessment;

/** An assessor's judgement of an evidence item: accepted (at a proficiency) or referred back. */
public enum Verdict {
  ACCEPTED,
  REFERRED
}
