package uk.attest.learners;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.attest.accounts.Access;
import uk.attest.accounts.Accounts;
import uk.attest.audit.AuditTrail;
import uk.attest.learners.People.AssessorChange;
import uk.attest.learners.People.Learner;
import uk.attest.learners.People.Registration;
import uk.attest.shared.Actor;
import uk.attest.shared.Checks;
import uk.attest.shared.ConflictException;
import uk.attest.shared.Dates;
import uk.attest.shared.Ids;
import uk.attest.shared.Limits;
import uk.attest.shared.NotFoundException;

/**
 * An admin moves a learner to another assessor of the same centre, saying why: the learner's
 * registrations name the new assessor (so both caseloads change at once), and the change is kept
 * (who, when, from whom to whom, why) and audited in the same transaction.
 */
@Service
public class Reassignments {
  private final PeopleRepository people;
  private final Access access;
  private final Accounts accounts;
  private final AuditTrail audit;
  private final Clock clock;

  Reassignments(
      PeopleRepository people, Access access, Accounts accounts, AuditTrail audit, Clock clock) {
    this.people = people;
    this.access = access;
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
  }

  /** The assessor the learner moves to, and why. */
  public record Reassignment(
      @Schema(maxLength = Limits.ID) String assessorId,
      @Schema(maxLength = Limits.COMMENT, description = "Why; may run over lines") String reason) {}

  @Transactional
  public AssessorChange reassign(Actor by, String learnerId, Reassignment request) {
    Learner learner =
        people
            .lockLearner(learnerId)
            .filter(l -> access.seesLearner(by, l.id(), l.centreId()))
            .orElseThrow(() -> new NotFoundException("learner", learnerId));
    Access.require(access.reassigns(by), "only an admin moves a learner to another assessor");
    List<Registration> registrations = people.registrations(learnerId);
    String from =
        registrations.isEmpty() ? null : registrations.get(registrations.size() - 1).assessorId();
    Checks checks = new Checks();
    String to = checks.text("assessorId", request.assessorId(), Limits.ID);
    String reason = checks.freeText("reason", request.reason(), Limits.COMMENT, true);
    if (to != null) {
      people
          .assessor(to)
          .ifPresentOrElse(
              a -> {
                checks.check(
                    a.centreId().equals(learner.centreId()),
                    "assessorId",
                    "assessor '" + a.id() + "' works at another centre");
                checks.check(
                    !accounts.samePerson(a.id(), learnerId),
                    "assessorId",
                    "assessor '" + a.id() + "' is this learner; nobody assesses themselves");
                checks.check(
                    !a.id().equals(from),
                    "assessorId",
                    "assessor '" + a.id() + "' is already this learner's assessor");
              },
              () -> checks.add("assessorId", "unknown assessor '" + to + "'"));
    }
    checks.done();
    if (registrations.isEmpty()) {
      throw new ConflictException(
          "learner '" + learnerId + "' has no registration, so no assessor to change");
    }
    AssessorChange change =
        new AssessorChange(
            Ids.next("asc"), learnerId, from, to, by.name(), Dates.now(clock), reason);
    people.reassign(learnerId, to);
    people.insert(change, by.accountId() == null ? "system" : by.accountId());
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("assessorId", from);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("assessorId", to);
    after.put("reason", reason);
    audit.record(by, "learner.reassigned", "learner " + learnerId, learnerId, before, after);
    return change;
  }

  /** The learner's changes of assessor, oldest first, for whoever may see the learner. */
  @Transactional(readOnly = true)
  public List<AssessorChange> history(Actor by, String learnerId) {
    people
        .learner(learnerId)
        .filter(l -> access.seesLearner(by, l.id(), l.centreId()))
        .orElseThrow(() -> new NotFoundException("learner", learnerId));
    return people.assessorChanges(learnerId);
  }
}
