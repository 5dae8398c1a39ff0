package uk.attest.evidence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.attest.accounts.Access;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.Method;
import uk.attest.learners.People.Assessor;
import uk.attest.learners.People.Learner;
import uk.attest.learners.People.Registration;
import uk.attest.learners.PeopleRepository;
import uk.attest.shared.Actor;
import uk.attest.shared.NotFoundException;
import uk.attest.shared.Role;

/**
 * The lists a person works from: an assessor's caseload and marking queue, and an IQA's view of
 * their centre's judgements. Each list costs a few queries however long it is.
 */
@Service
public class Caseloads {
  private final PeopleRepository people;
  private final EvidenceRepository records;
  private final Access access;
  private final Catalogue catalogue;

  Caseloads(
      PeopleRepository people, EvidenceRepository records, Access access, Catalogue catalogue) {
    this.people = people;
    this.records = records;
    this.access = access;
    this.catalogue = catalogue;
  }

  /**
   * One learner in a list: their qualification, readiness (null while nothing is assessed), how
   * many items await an assessor, and when their records last changed (null: never).
   */
  public record LearnerRow(
      Learner learner,
      String qualificationTitle,
      String assessorName,
      AssessmentRecord readiness,
      int awaiting,
      OffsetDateTime lastActivity) {}

  /** An item awaiting judgement, with whose it is and how many criteria it is claimed against. */
  public record QueueItem(Evidence evidence, Learner learner, int criteria) {}

  /** The learners assigned to the signed-in assessor, by name. */
  @Transactional(readOnly = true)
  public List<LearnerRow> caseload(Actor by) {
    Access.require(by.has(Role.ASSESSOR), "a caseload is an assessor's");
    return rows(people.registrationsAssessedBy(by.assessorId()));
  }

  /** Every item awaiting judgement across the assessor's learners, oldest first. */
  @Transactional(readOnly = true)
  public List<QueueItem> queue(Actor by) {
    Access.require(by.has(Role.ASSESSOR), "a marking queue is an assessor's");
    Map<String, Learner> learners = learnersOf(people.registrationsAssessedBy(by.assessorId()));
    List<Evidence> awaiting = records.awaiting(learners.keySet());
    Map<String, Integer> claims = records.claimCounts(awaiting.stream().map(Evidence::id).toList());
    return awaiting.stream()
        .map(e -> new QueueItem(e, learners.get(e.learnerId()), claims.getOrDefault(e.id(), 0)))
        .toList();
  }

  /**
   * The trainee assessors' acceptances on the assessor's learners that await a qualified assessor's
   * countersignature, oldest first; none unless the assessor may countersign them.
   */
  @Transactional(readOnly = true)
  public List<QueueItem> toCountersign(Actor by) {
    Access.require(by.has(Role.ASSESSOR), "a marking queue is an assessor's");
    Map<String, Learner> learners = learnersOf(people.registrationsAssessedBy(by.assessorId()));
    learners.values().removeIf(l -> !access.countersigns(by, l.id(), l.centreId()));
    List<Evidence> awaiting = records.awaitingCountersignature(learners.keySet());
    Map<String, Integer> claims = records.claimCounts(awaiting.stream().map(Evidence::id).toList());
    return awaiting.stream()
        .map(e -> new QueueItem(e, learners.get(e.learnerId()), claims.getOrDefault(e.id(), 0)))
        .toList();
  }

  /**
   * A centre's registered learners with their readiness, for whoever reads the centre's records
   * (its IQA, the awarding bodies it is registered with); not found for anyone else.
   */
  @Transactional(readOnly = true)
  public List<LearnerRow> centreLearners(Actor by, String centreId) {
    people
        .centre(centreId)
        .filter(c -> access.seesCentre(by, c.id()))
        .orElseThrow(() -> new NotFoundException("centre", centreId));
    Access.require(
        access.exports(by, centreId),
        "only the centre's IQA and the awarding bodies it is registered with read its cohort");
    return rows(people.registrationsAtCentre(centreId));
  }

  /** What an IQA chooses judgements to sample by; null fields do not filter. */
  public record Filter(String assessorId, String unitCode, Method method) {}

  /** A judgement in force at the centre, for the IQA's sampling. */
  public record SampleCandidate(
      Judgement judgement,
      String evidenceTitle,
      Method method,
      Learner learner,
      String assessorName,
      SampleOutcome lastSample) {}

  /**
   * An IQA's centre: its learners with their readiness, and the judgements in force (newest first)
   * that the filter picks, with any earlier sampling decision.
   */
  public record Centre(
      String centreId,
      List<LearnerRow> learners,
      List<Assessor> assessors,
      List<SampleCandidate> judgements) {}

  @Transactional(readOnly = true)
  public Centre centre(Actor by, Filter filter) {
    String centreId = by.iqaCentreId();
    Access.require(
        by.has(Role.IQA) && centreId != null && access.samples(by, centreId),
        "this is the view of a centre's IQA");
    List<Assessor> assessors = people.assessors(centreId);
    Map<String, String> assessorNames =
        assessors.stream().collect(Collectors.toMap(Assessor::id, Assessor::name));
    List<LearnerRow> learners = rows(people.registrationsAtCentre(centreId));
    Map<String, Learner> byId =
        learners.stream()
            .map(LearnerRow::learner)
            .collect(Collectors.toMap(Learner::id, l -> l, (a, b) -> a));
    List<SampleCandidate> judgements = new ArrayList<>();
    for (var j : records.judgementsAtCentre(centreId)) {
      boolean picked =
          (filter.assessorId() == null || filter.assessorId().equals(j.judgement().assessorId()))
              && (filter.method() == null || filter.method() == j.method())
              && (filter.unitCode() == null
                  || j.judgement().criteria().stream()
                      .anyMatch(c -> c.startsWith(filter.unitCode() + ".")));
      if (picked) {
        judgements.add(
            new SampleCandidate(
                j.judgement(),
                j.evidenceTitle(),
                j.method(),
                byId.get(j.learnerId()),
                assessorNames.getOrDefault(j.judgement().assessorId(), j.judgement().assessorId()),
                j.lastSample()));
      }
    }
    return new Centre(centreId, learners, assessors, judgements);
  }

  /** Each learner of these registrations once, with their latest registration's details. */
  private List<LearnerRow> rows(List<Registration> registrations) {
    Map<String, Registration> latest = new LinkedHashMap<>();
    registrations.forEach(r -> latest.put(r.learnerId(), r));
    Map<String, Learner> learners = learnersOf(registrations);
    Set<String> ids = learners.keySet();
    var readiness = records.latest(ids);
    var last = records.lastActivity(ids);
    Map<String, Long> awaiting =
        records.awaiting(ids).stream()
            .collect(Collectors.groupingBy(Evidence::learnerId, Collectors.counting()));
    Map<String, String> assessorNames = new LinkedHashMap<>();
    return learners.values().stream()
        .map(
            l -> {
              Registration r = latest.get(l.id());
              String assessor =
                  r.assessorId() == null
                      ? null
                      : assessorNames.computeIfAbsent(
                          r.assessorId(), id -> people.assessor(id).map(Assessor::name).orElse(id));
              return new LearnerRow(
                  l,
                  catalogue
                      .qualification(r.qualificationId())
                      .map(q -> q.title())
                      .orElse(r.qualificationId()),
                  assessor,
                  readiness.get(l.id()),
                  awaiting.getOrDefault(l.id(), 0L).intValue(),
                  last.get(l.id()));
            })
        .sorted(Comparator.comparing((LearnerRow row) -> row.learner().name()))
        .toList();
  }

  private Map<String, Learner> learnersOf(List<Registration> registrations) {
    Map<String, Learner> out = new LinkedHashMap<>();
    people
        .learners(registrations.stream().map(Registration::learnerId).distinct().toList())
        .forEach(l -> out.put(l.id(), l));
    return out;
  }
}
