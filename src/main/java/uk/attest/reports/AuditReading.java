package uk.attest.reports;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import uk.attest.accounts.Access;
import uk.attest.audit.AuditEntry;
import uk.attest.audit.AuditTrail;
import uk.attest.learners.PeopleService;
import uk.attest.shared.Actor;
import uk.attest.shared.Dates;
import uk.attest.shared.InvalidInputException;

/**
 * The audit trail as each actor may read it: admins read all of it, admins and awarding bodies
 * verify the chain, and whoever sees a learner's records sees that learner's entries.
 */
@Service
public class AuditReading {
  private final AuditTrail trail;
  private final Access access;
  private final PeopleService learners;
  private final Clock clock;

  AuditReading(AuditTrail trail, Access access, PeopleService learners, Clock clock) {
    this.trail = trail;
    this.access = access;
    this.learners = learners;
    this.clock = clock;
  }

  public List<AuditEntry> entries(Actor by, long after, int limit) {
    Access.require(access.readsAudit(by), "only an admin reads the whole audit trail");
    if (limit < 1 || limit > 1000) {
      throw new InvalidInputException("limit", "must be from 1 to 1000");
    }
    return trail.entries(after, limit);
  }

  public AuditTrail.Verification verify(Actor by) {
    Access.require(
        access.verifiesAudit(by), "only admins and awarding bodies check the audit chain");
    return trail.verify();
  }

  public List<AuditEntry> ofLearner(Actor by, String learnerId) {
    learners.learnerForRecords(by, learnerId);
    return trail.ofLearner(learnerId, Dates.today(clock));
  }
}
