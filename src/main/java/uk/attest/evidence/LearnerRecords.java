package uk.attest.evidence;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.attest.accounts.Access;
import uk.attest.accounts.Accounts;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.Names;
import uk.attest.learners.People.Learner;
import uk.attest.learners.PeopleRepository;
import uk.attest.shared.Actor;
import uk.attest.shared.Dates;
import uk.attest.shared.Role;

/**
 * A learner's records as a person reads them today, from one consistent snapshot: the assessment,
 * the evidence with its current judgements, the names that replace ids in the rules' reasons, and
 * what the reader may do here (each action is still checked again when it is taken).
 */
@Service
public class LearnerRecords {
  private final LearnerEvidence evidence;
  private final Sampling sampling;
  private final LearnerAssessments assessments;
  private final PeopleRepository people;
  private final Access access;
  private final Accounts accounts;
  private final Clock clock;

  LearnerRecords(
      LearnerEvidence evidence,
      Sampling sampling,
      LearnerAssessments assessments,
      PeopleRepository people,
      Access access,
      Accounts accounts,
      Clock clock) {
    this.evidence = evidence;
    this.sampling = sampling;
    this.assessments = assessments;
    this.people = people;
    this.access = access;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** What the reader may do with these records; the services decide again on each action. */
  public record Abilities(
      boolean addEvidence, boolean judge, boolean sample, boolean countersign) {}

  /**
   * The learner's records today.
   *
   * @param names evidence titles (quoted) and assessor names, for reading the rules' reasons
   */
  public record Overview(
      Learner learner,
      String centreName,
      Assessment assessment,
      List<LearnerSnapshot.Item> evidence,
      Names names,
      Abilities can) {}

  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Overview overview(Actor by, String learnerId) {
    LearnerSnapshot snapshot = assessments.snapshot(by, learnerId, Dates.today(clock));
    Learner learner = snapshot.learner();
    Assessment assessment = assessments.assess(snapshot);
    Map<String, String> names = names(snapshot.items());
    // Units by title, for reasons such as "group M still needs U502, U503".
    assessment.qualification().units().forEach(u -> names.putIfAbsent(u.id(), u.title()));
    return new Overview(
        learner,
        people.centre(learner.centreId()).map(c -> c.name()).orElse(null),
        assessment,
        snapshot.items(),
        Names.of(names),
        abilities(by, learner));
  }

  /**
   * One evidence item as a person reads it: its files, claims and judgements, IQA samples, its
   * learner, the names behind the ids, and what the reader may do with it.
   */
  public record ItemView(
      EvidenceView item, Learner learner, List<Sample> samples, Names names, Abilities can) {}

  @Transactional(readOnly = true)
  public ItemView item(Actor by, String evidenceId) {
    EvidenceView item = evidence.get(by, evidenceId);
    Learner learner = people.learner(item.evidence().learnerId()).orElseThrow();
    Map<String, String> names = new LinkedHashMap<>();
    names.put(item.evidence().id(), "'" + item.evidence().title() + "'");
    item.judgements().stream()
        .map(Judgement::assessorId)
        .distinct()
        .forEach(id -> people.assessor(id).ifPresent(a -> names.put(id, a.name())));
    item.judgements().stream()
        .map(Judgement::countersignature)
        .filter(Objects::nonNull)
        .forEach(c -> names.put(c.assessorId(), c.assessorName()));
    return new ItemView(
        item, learner, sampling.samples(by, evidenceId), Names.of(names), abilities(by, learner));
  }

  /** Evidence titles in quotes and assessors' names, for the ids the rules' reasons carry. */
  private Map<String, String> names(List<LearnerSnapshot.Item> items) {
    Map<String, String> names = new LinkedHashMap<>();
    items.forEach(i -> names.put(i.evidence().id(), "'" + i.evidence().title() + "'"));
    items.stream()
        .map(LearnerSnapshot.Item::judgement)
        .filter(Objects::nonNull)
        .map(Judgement::assessorId)
        .distinct()
        .forEach(id -> people.assessor(id).ifPresent(a -> names.put(id, a.name())));
    // A countersigning assessor is named in the reasons too (rule REL-06).
    items.stream()
        .map(LearnerSnapshot.Item::judgement)
        .filter(j -> j != null && j.countersignature() != null)
        .forEach(
            j -> names.put(j.countersignature().assessorId(), j.countersignature().assessorName()));
    return names;
  }

  private Abilities abilities(Actor by, Learner learner) {
    boolean ownEvidence =
        by.has(Role.ASSESSOR)
            && (learner.id().equals(by.learnerId())
                || (by.assessorId() != null && accounts.samePerson(by.assessorId(), learner.id())));
    return new Abilities(
        access.writesEvidence(by, learner.id()),
        access.judges(by, learner.id()) && !ownEvidence,
        access.samples(by, learner.centreId()),
        access.countersigns(by, learner.id(), learner.centreId()));
  }
}
