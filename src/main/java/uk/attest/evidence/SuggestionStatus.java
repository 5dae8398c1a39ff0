package uk.attest.evidence;

/** Where a suggested criterion stands: waiting for a person, confirmed as a claim, or rejected. */
public enum SuggestionStatus {
  OPEN,
  CONFIRMED,
  REJECTED
}
