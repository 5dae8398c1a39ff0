package uk.attest.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.attest.accounts.Access;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.AssessmentEngine;
import uk.attest.assessment.AssessmentJson;
import uk.attest.learners.People.Learner;
import uk.attest.learners.People.Registration;
import uk.attest.learners.PeopleRepository;
import uk.attest.learners.PeopleService;
import uk.attest.learners.RegistrationCreated;
import uk.attest.shared.Actor;
import uk.attest.shared.Dates;
import uk.attest.shared.Ids;
import uk.attest.shared.NotFoundException;

/**
 * A learner's assessment from their stored records: recomputed and kept after every change (in the
 * change's own transaction), and computed live for any date on request.
 */
@Service
public class LearnerAssessments {
  private final PeopleRepository people;
  private final PeopleService learners;
  private final EvidenceRepository records;
  private final LearnerSnapshots snapshots;
  private final AssessmentEngine engine;
  private final Access access;
  private final Clock clock;
  private final RecentAssessments recent = new RecentAssessments(256);

  /** Learners whose assessment waits for {@link #assessOnceAfter}'s work to end, on this thread. */
  private final ThreadLocal<Set<String>> deferred = new ThreadLocal<>();

  LearnerAssessments(
      PeopleRepository people,
      PeopleService learners,
      EvidenceRepository records,
      LearnerSnapshots snapshots,
      AssessmentEngine engine,
      Access access,
      Clock clock) {
    this.access = access;
    this.people = people;
    this.learners = learners;
    this.records = records;
    this.snapshots = snapshots;
    this.engine = engine;
    this.clock = clock;
  }

  /** Today in the clock's zone (Europe/London in the service). */
  public LocalDate today() {
    return Dates.today(clock);
  }

  /**
   * Recomputes and stores the assessment; called inside the transaction that changed the records,
   * after the learner's row was locked. A learner with no registration has nothing to assess yet.
   * Within {@link #assessOnceAfter} the learner is assessed when that work ends instead.
   */
  void recompute(String learnerId, String cause) {
    Set<String> later = deferred.get();
    if (later != null) {
      later.add(learnerId);
      return;
    }
    Learner learner =
        people.learner(learnerId).orElseThrow(() -> new NotFoundException("learner", learnerId));
    List<Registration> registrations = people.registrations(learnerId);
    if (registrations.isEmpty()) {
      return;
    }
    Registration registration = registrations.get(registrations.size() - 1);
    LocalDate on = today();
    Assessment assessment = assess(snapshots.of(learner, registration, on));
    AssessmentRecord record =
        new AssessmentRecord(
            Ids.next("asm"),
            learnerId,
            registration.id(),
            on,
            assessment.catalogueVersion(),
            assessment.rulesetVersion(),
            assessment.qualification().readiness().score(),
            assessment.qualification().readiness().status(),
            cause,
            Dates.now(clock));
    records.insert(record, AssessmentJson.write(assessment), records.nextAssessmentSeq());
  }

  /**
   * Runs work that changes many records in the caller's transaction, then assesses each learner it
   * changed once, for the cause given, instead of after every change: for loading many records at
   * once (the demo data), where the assessments in between would all be stored in the same instant,
   * each superseded by the next before anyone could read it. The assessment kept is the one the
   * last change would have kept.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void assessOnceAfter(String cause, Runnable work) {
    if (deferred.get() != null) {
      throw new IllegalStateException("already assessing once after other work on this thread");
    }
    Set<String> changed = new LinkedHashSet<>();
    deferred.set(changed);
    try {
      work.run();
    } finally {
      deferred.remove();
    }
    changed.forEach(learnerId -> recompute(learnerId, cause));
  }

  /** Keeps the stored assessment in step when a learner is registered (same transaction). */
  @EventListener
  void registered(RegistrationCreated event) {
    recompute(event.learnerId(), "registered on " + event.qualificationId());
  }

  /**
   * The learner's records as they stood on a date, under the latest registration that had started
   * by then. Callers that also assess it hold one transaction around both, so they agree.
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public LearnerSnapshot snapshot(Actor by, String learnerId, LocalDate on) {
    Learner learner = learners.learnerForRecords(by, learnerId);
    Registration registration =
        people.registrations(learnerId).stream()
            .filter(r -> !r.startDate().isAfter(on))
            .reduce((first, second) -> second)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "registration started by " + on + " for learner", learnerId));
    return snapshots.of(learner, registration, on);
  }

  /**
   * The assessment of a snapshot, on the snapshot's date; a snapshot equal to one assessed recently
   * gets that assessment without running the rules again.
   */
  public Assessment assess(LearnerSnapshot snapshot) {
    return recent.of(
        snapshot,
        s -> engine.assess(s.bundle(engine.catalogue().policy(), clock.getZone()), s.on()));
  }

  /**
   * The assessment on a date, from one consistent snapshot of the records, as things stood then:
   * evidence from activities up to that date, each with the judgement current on that date, under
   * the latest registration that had started by then.
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Assessment current(Actor by, String learnerId, LocalDate on) {
    return assess(snapshot(by, learnerId, on));
  }

  /**
   * The newest kept assessment of each learner the actor may read the records of; learners they may
   * not read, or with nothing assessed yet, are left out. For lists such as a caseload.
   */
  @Transactional(readOnly = true)
  public java.util.Map<String, AssessmentRecord> latest(
      Actor by, java.util.Collection<String> learnerIds) {
    List<String> readable =
        learnerIds.stream()
            .filter(
                id ->
                    people
                        .learner(id)
                        .map(l -> access.seesRecords(by, l.id(), l.centreId()))
                        .orElse(false))
            .toList();
    return records.latest(readable);
  }

  @Transactional(readOnly = true)
  public List<AssessmentRecord> history(Actor by, String learnerId) {
    learners.learnerForRecords(by, learnerId);
    return records.history(learnerId);
  }

  @Transactional(readOnly = true)
  public String recorded(Actor by, String learnerId, String recordId) {
    learners.learnerForRecords(by, learnerId);
    return records
        .recordJson(learnerId, recordId)
        .orElseThrow(() -> new NotFoundException("assessment", recordId));
  }
}
