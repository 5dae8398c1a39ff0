package uk.attest.accounts;

import java.util.Optional;

/**
 * What accounts and the access policy need to know about people, answered by the learners module:
 * who is assigned to whom, which centres an awarding body may read, and where the records an
 * account acts for belong. An interface, so the policy is plain Java a test can give any answers.
 */
public interface Directory {
  /** Whether a registration of the learner names the assessor. */
  boolean assigned(String learnerId, String assessorId);

  /** Whether the centre is registered with the awarding body. */
  boolean approved(String centreId, String awardingBodyId);

  /** The learner's centre, if the learner exists. */
  Optional<String> learnerCentre(String learnerId);

  /** Whether the assessor exists and is qualified (not a trainee). */
  boolean qualified(String assessorId);

  /** The assessor's centre, if the assessor exists. */
  Optional<String> assessorCentre(String assessorId);

  boolean centreExists(String centreId);

  boolean awardingBodyExists(String awardingBodyId);
}
