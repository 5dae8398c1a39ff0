package uk.attest.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.attest.accounts.Access;
import uk.attest.catalogue.Method;
import uk.attest.learners.People.Assessor;
import uk.attest.learners.People.Centre;
import uk.attest.learners.People.Learner;
import uk.attest.learners.People.Registration;
import uk.attest.learners.PeopleRepository;
import uk.attest.shared.Actor;
import uk.attest.shared.NotFoundException;

/**
 * A centre's decisions as its quality assurers read them: every judgement in force, with the
 * learner, their qualification and readiness, and every IQA sampling decision on it. For the
 * centre's IQA and the external quality assurers of its awarding bodies; others are refused.
 */
@Service
public class CentreDecisions {
  private final PeopleRepository people;
  private final EvidenceRepository records;
  private final Access access;

  CentreDecisions(PeopleRepository people, EvidenceRepository records, Access access) {
    this.people = people;
    this.records = records;
    this.access = access;
  }

  /**
   * A judgement in force at the centre.
   *
   * @param qualificationId the learner's latest registration's qualification
   * @param readiness the learner's latest readiness status (READY, …), or null before any
   * @param samples the IQA's decisions on this judgement, oldest first
   */
  public record Decision(
      Judgement judgement,
      String evidenceTitle,
      Method method,
      Learner learner,
      String qualificationId,
      String readiness,
      List<Sample> samples) {

    public Decision {
      samples = List.copyOf(samples);
    }
  }

  /** The centre, its assessors and its decisions, newest first. */
  public record Records(Centre centre, List<Assessor> assessors, List<Decision> decisions) {}

  /** Not found for a centre the actor may not see; forbidden to those who see it but not this. */
  @Transactional(readOnly = true)
  public Records at(Actor by, String centreId) {
    Centre centre =
        people
            .centre(centreId)
            .filter(c -> access.seesCentre(by, c.id()))
            .orElseThrow(() -> new NotFoundException("centre", centreId));
    Access.require(
        access.readsQualityAssurance(by, centreId),
        "only the centre's IQA and its awarding bodies' quality assurers read its sampling");
    Map<String, Registration> latest = new LinkedHashMap<>();
    people.registrationsAtCentre(centreId).forEach(r -> latest.put(r.learnerId(), r));
    Map<String, Learner> learners =
        people.learners(List.copyOf(latest.keySet())).stream()
            .collect(Collectors.toMap(Learner::id, l -> l, (a, b) -> a));
    var readiness = records.latest(latest.keySet());
    Map<String, List<Sample>> samples =
        records.samplesAtCentre(centreId).stream()
            .collect(Collectors.groupingBy(Sample::judgementId));
    List<Decision> decisions = new ArrayList<>();
    for (var j : records.judgementsAtCentre(centreId)) {
      Learner learner = learners.get(j.learnerId());
      Registration registration = latest.get(j.learnerId());
      if (learner == null || registration == null) {
        continue; // a learner with no registration has no qualification to sample against
      }
      AssessmentRecord record = readiness.get(learner.id());
      decisions.add(
          new Decision(
              j.judgement(),
              j.evidenceTitle(),
              j.method(),
              learner,
              registration.qualificationId(),
              record == null ? null : record.status(),
              samples.getOrDefault(j.judgement().id(), List.of())));
    }
    return new Records(centre, people.assessors(centreId), decisions);
  }
}
