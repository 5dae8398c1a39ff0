package uk.attest.assessment.facts;

/** The outcome of a criterion, and of an assessment criterion through its mapping. */
public enum Outcome {
  MET,
  PARTIAL,
  NOT_MET,
  NOT_STARTED
}
