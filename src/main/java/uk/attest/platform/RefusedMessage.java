package uk.attest.platform;

/**
 * A message that will never be stored as it is (not JSON, an unknown learner, a field at fault, a
 * key that is not the item's learner): sent to the dead-letter topic at once, never retried.
 */
class RefusedMessage extends RuntimeException {
  RefusedMessage(String reason) {
    super(reason);
  }
}
