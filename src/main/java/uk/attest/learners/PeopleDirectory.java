package uk.attest.learners;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.attest.accounts.Directory;
import uk.attest.learners.People.Assessor;
import uk.attest.learners.People.Learner;

/** Answers what accounts and the access policy ask about people, from the stored records. */
@Component
class PeopleDirectory implements Directory {
  private final PeopleRepository people;

  PeopleDirectory(PeopleRepository people) {
    this.people = people;
  }

  @Override
  public boolean assigned(String learnerId, String assessorId) {
    return people.assigned(learnerId, assessorId);
  }

  @Override
  public boolean approved(String centreId, String awardingBodyId) {
    return people.approved(centreId, awardingBodyId);
  }

  @Override
  public Optional<String> learnerCentre(String learnerId) {
    return people.learner(learnerId).map(Learner::centreId);
  }

  @Override
  public boolean qualified(String assessorId) {
    return people.assessor(assessorId).map(Assessor::qualified).orElse(false);
  }

  @Override
  public Optional<String> assessorCentre(String assessorId) {
    return people.assessor(assessorId).map(Assessor::centreId);
  }

  @Override
  public boolean centreExists(String centreId) {
    return people.centre(centreId).isPresent();
  }

  @Override
  public boolean awardingBodyExists(String awardingBodyId) {
    return people.awardingBody(awardingBodyId).isPresent();
  }
}
