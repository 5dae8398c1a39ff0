package uk.attest.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.AssessmentEngine;
import uk.attest.assessment.AssessmentJson;
import uk.attest.assessment.EvidenceBundle;
import uk.attest.catalogue.Method;
import uk.attest.evidence.Records.AssessmentRecord;
import uk.attest.evidence.Records.Evidence;
import uk.attest.evidence.Records.Judgement;
import uk.attest.learners.People.Learner;
import uk.attest.learners.People.Registration;
import uk.attest.learners.PeopleRepository;
import uk.attest.learners.PeopleService;
import uk.attest.shared.Actor;
import uk.attest.shared.Ids;
import uk.attest.shared.NotFoundException;
import uk.attest.shared.Uln;

/**
 * A learner's assessment from their stored records: recomputed and kept after every change (in the
 * change's own transaction), and computed live for any date on request.
 */
@Service
public class LearnerAssessments {
  private final PeopleRepository people;
  private final RecordsRepository records;
  private final AssessmentEngine engine;
  private final PeopleService learners;
  private final Clock clock;

  LearnerAssessments(
      PeopleRepository people,
      PeopleService learners,
      RecordsRepository records,
      AssessmentEngine engine,
      Clock clock) {
    this.learners = learners;
    this.people = people;
    this.records = records;
    this.engine = engine;
    this.clock = clock;
  }

  /** Today in the clock's zone (Europe/London in the service). */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * Recomputes and stores the assessment; called inside the transaction that changed the records,
   * after the learner's row was locked. A learner with no registration has nothing to assess yet.
   */
  Optional<AssessmentRecord> recompute(String learnerId, String cause) {
    Learner learner =
        people.learner(learnerId).orElseThrow(() -> new NotFoundException("learner", learnerId));
    Optional<Registration> registration = latest(learnerId);
    if (registration.isEmpty()) {
      return Optional.empty();
    }
    LocalDate on = today();
    Assessment assessment = engine.assess(bundle(learner, registration.get(), on), on);
    AssessmentRecord record =
        new AssessmentRecord(
            Ids.next("asm"),
            learnerId,
            registration.get().id(),
            on,
            assessment.catalogueVersion(),
            assessment.rulesetVersion(),
            assessment.qualification().readiness().score(),
            assessment.qualification().readiness().status(),
            cause,
            OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    records.insert(record, AssessmentJson.write(assessment), records.nextAssessmentSeq());
    return Optional.of(record);
  }

  /**
   * The assessment on a date, from one consistent snapshot of the records, as things stood then:
   * evidence from activities up to that date, each with the judgement current on that date, under
   * the latest registration that had started by then.
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Assessment current(Actor by, String learnerId, LocalDate on) {
    visible(by, learnerId);
    return current(learnerId, on);
  }

  /** The assessment on a date, for a caller that has already checked who is asking. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  Assessment current(String learnerId, LocalDate on) {
    Learner learner =
        people.learner(learnerId).orElseThrow(() -> new NotFoundException("learner", learnerId));
    Registration registration =
        people.registrations(learnerId).stream()
            .filter(r -> !r.startDate().isAfter(on))
            .reduce((first, second) -> second)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "registration started by " + on + " for learner", learnerId));
    return engine.assess(bundle(learner, registration, on), on);
  }

  /** Keeps the claimed assessment in step when a learner is registered (same transaction). */
  @org.springframework.context.event.EventListener
  void registered(uk.attest.learners.RegistrationCreated event) {
    recompute(event.learnerId(), "registered on " + event.qualificationId());
  }

  @Transactional(readOnly = true)
  public List<AssessmentRecord> history(Actor by, String learnerId) {
    visible(by, learnerId);
    return records.history(learnerId);
  }

  @Transactional(readOnly = true)
  public String recorded(Actor by, String learnerId, String recordId) {
    visible(by, learnerId);
    return records
        .recordJson(learnerId, recordId)
        .orElseThrow(() -> new NotFoundException("assessment", recordId));
  }

  /**
   * The learner, if the actor may see their records. A learner the actor may not see at all is not
   * found; one they manage but whose records they may not read (an admin) is forbidden.
   */
  public Learner visible(Actor by, String learnerId) {
    return learners.learnerForRecords(by, learnerId);
  }

  private Optional<Registration> latest(String learnerId) {
    List<Registration> all = people.registrations(learnerId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The learner's stored records as the bundle the engine assesses. */
  private EvidenceBundle bundle(Learner learner, Registration registration, LocalDate on) {
    Map<String, List<String>> claims = records.claimsOf(learner.id());
    Map<String, List<Judgement>> judgements = records.judgementsOf(learner.id());
    List<EvidenceBundle.EvidenceItem> items = new ArrayList<>();
    for (Evidence e : records.evidenceOf(learner.id())) {
      if (e.activityDate().isAfter(on)) {
        continue; // had not happened on that date
      }
      Judgement current = null;
      for (Judgement j : judgements.getOrDefault(e.id(), List.of())) {
        if (!j.decidedAt().atZoneSameInstant(clock.getZone()).toLocalDate().isAfter(on)) {
          current = j;
        }
      }
      items.add(
          new EvidenceBundle.EvidenceItem(
              e.id(),
              e.title(),
              e.description(),
              Method.valueOf(e.method()),
              e.activityDate(),
              claims.getOrDefault(e.id(), List.of()),
              e.learnerDeclaration(),
              e.witnessName() == null
                  ? null
                  : new EvidenceBundle.Witness(e.witnessName(), e.witnessRole()),
              current == null ? null : decision(current)));
    }
    return new EvidenceBundle(
        new EvidenceBundle.Learner(
            learner.id(),
            learner.name(),
            new Uln(learner.uln()),
            registration.qualificationId(),
            registration.currentRole(),
            registration.startDate(),
            registration.weeklyLearningHours() == null
                ? null
                : registration.weeklyLearningHours().doubleValue()),
        items);
  }

  private EvidenceBundle.Decision decision(Judgement j) {
    return new EvidenceBundle.Decision(
        EvidenceBundle.Verdict.valueOf(j.verdict()),
        j.proficiency() == null
            ? null
            : engine.catalogue().policy().proficiency(j.proficiency()).orElseThrow(),
        j.assessorId(),
        j.assessorQualified(),
        j.authenticityConfirmed(),
        j.decidedAt().atZoneSameInstant(clock.getZone()).toLocalDate(),
        j.feedback(),
        java.util.Set.copyOf(j.criteria()));
  }
}
