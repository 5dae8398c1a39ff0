package uk.attest.assessment.facts;

/** Where an evidence item stands with its assessor, as the rules see it. */
public enum Decision {
  ACCEPTED,
  REFERRED,
  /** No assessor has decided on it yet (or not for this criterion, claimed since). */
  PENDING
}
