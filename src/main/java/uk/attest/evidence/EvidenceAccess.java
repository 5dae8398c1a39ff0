package uk.attest.evidence;

import org.springframework.stereotype.Component;
import uk.attest.accounts.Access;
import uk.attest.learners.People.Learner;
import uk.attest.learners.PeopleRepository;
import uk.attest.shared.Actor;
import uk.attest.shared.NotFoundException;

/**
 * Finds evidence and locks learners for an actor. What the actor may not see is answered as not
 * found, the same as what does not exist, so ids cannot be probed.
 */
@Component
class EvidenceAccess {
  private final PeopleRepository people;
  private final EvidenceRepository records;
  private final Access access;

  EvidenceAccess(PeopleRepository people, EvidenceRepository records, Access access) {
    this.people = people;
    this.records = records;
    this.access = access;
  }

  /** The evidence, if the actor may see its learner's records. */
  Evidence evidence(Actor by, String id) {
    return records
        .evidence(id)
        .filter(
            e ->
                people
                    .learner(e.learnerId())
                    .map(l -> access.seesRecords(by, l.id(), l.centreId()))
                    .orElse(false))
        .orElseThrow(() -> new NotFoundException("evidence", id));
  }

  /**
   * Locks a learner whose records the actor may see, so changes to one learner's records happen one
   * after another.
   */
  Learner lock(Actor by, String learnerId) {
    return people
        .lockLearner(learnerId)
        .filter(l -> access.seesRecords(by, l.id(), l.centreId()))
        .orElseThrow(() -> new NotFoundException("learner", learnerId));
  }

  /** A learner the actor may see at all (what they may do with the records is checked apart). */
  Learner visible(Actor by, String learnerId) {
    return people
        .learner(learnerId)
        .filter(l -> access.seesLearner(by, l.id(), l.centreId()))
        .orElseThrow(() -> new NotFoundException("learner", learnerId));
  }

  /**
   * Locks a learner the actor may see at all; what they may then do to the records (an admin may
   * see the learner but add nothing) is for the caller to refuse as forbidden.
   */
  Learner lockVisible(Actor by, String learnerId) {
    return people
        .lockLearner(learnerId)
        .filter(l -> access.seesLearner(by, l.id(), l.centreId()))
        .orElseThrow(() -> new NotFoundException("learner", learnerId));
  }
}
