package uk.attest.evidence;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.attest.accounts.Access;
import uk.attest.assessment.Verdict;
import uk.attest.audit.AuditTrail;
import uk.attest.learners.People.Assessor;
import uk.attest.learners.People.Learner;
import uk.attest.learners.PeopleRepository;
import uk.attest.shared.Actor;
import uk.attest.shared.ConflictException;
import uk.attest.shared.Dates;
import uk.attest.shared.Forbidden;

/**
 * A qualified assessor countersigns a trainee assessor's acceptance, so that it counts (rules
 * REL-03 and REL-06). The judgement is not changed; the countersignature is kept beside it, and a
 * judgement that supersedes it needs its own.
 */
@Service
public class Countersigning {
  private final EvidenceAccess guard;
  private final EvidenceRepository records;
  private final PeopleRepository people;
  private final LearnerAssessments assessments;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  Countersigning(
      EvidenceAccess guard,
      EvidenceRepository records,
      PeopleRepository people,
      LearnerAssessments assessments,
      Access access,
      AuditTrail audit,
      Clock clock) {
    this.guard = guard;
    this.records = records;
    this.people = people;
    this.assessments = assessments;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Countersigns the item's current judgement; answers it with its countersignature. */
  @Transactional
  public Judgement countersign(Actor by, String evidenceId) {
    Evidence evidence = guard.evidence(by, evidenceId);
    Learner learner = guard.lock(by, evidence.learnerId());
    Access.require(
        access.countersigns(by, learner.id(), learner.centreId()),
        "only a qualified assessor of the learner's centre countersigns a trainee's decision");
    List<Judgement> history = records.judgements(evidenceId);
    if (history.isEmpty()) {
      throw new ConflictException(
          "evidence " + evidenceId + " has no judgement yet; there is nothing to countersign");
    }
    Judgement current = history.get(history.size() - 1);
    if (records.withdrawal(evidenceId).isPresent()) {
      throw new ConflictException(
          "evidence " + evidenceId + " was withdrawn; a withdrawn item is not countersigned");
    }
    int filesNow = records.filesVersion(evidenceId);
    if (current.filesVersion() != filesNow) {
      throw new ConflictException(
          "the current judgement of evidence "
              + evidenceId
              + " was made on version "
              + current.filesVersion()
              + " of its files, which have changed since; it must be judged again first");
    }
    if (current.assessorId().equals(by.assessorId())) {
      throw new Forbidden("you cannot countersign your own decision");
    }
    if (current.verdict() != Verdict.ACCEPTED) {
      throw new ConflictException(
          "the current judgement of evidence "
              + evidenceId
              + " refers it back; only an acceptance is countersigned");
    }
    if (current.assessorQualified()) {
      throw new ConflictException(
          "evidence "
              + evidenceId
              + " was accepted by a qualified assessor; it needs no countersignature");
    }
    if (current.countersignature() != null) {
      throw new ConflictException(
          "the current judgement of evidence "
              + evidenceId
              + " was already countersigned by "
              + current.countersignature().assessorName());
    }
    Assessor assessor = people.assessor(by.assessorId()).orElseThrow();
    Countersignature signature =
        new Countersignature(assessor.id(), assessor.name(), by.accountId(), Dates.now(clock));
    records.insert(current.id(), evidenceId, signature);
    Judgement countersigned = current.countersigned(signature);
    assessments.recompute(
        learner.id(), "evidence " + evidenceId + " countersigned by " + assessor.id());
    Map<String, Object> after = new LinkedHashMap<>(AuditSummaries.of(current));
    after.put("countersignedBy", assessor.id());
    audit.record(
        by,
        "judgement.countersigned",
        "evidence " + evidenceId,
        learner.id(),
        AuditSummaries.of(current),
        after);
    return countersigned;
  }
}
