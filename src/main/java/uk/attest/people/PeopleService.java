package uk.attest.people;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.attest.criteria.Catalogue;
import uk.attest.evidence.Uln;
import uk.attest.people.People.Assessor;
import uk.attest.people.People.Centre;
import uk.attest.people.People.Learner;
import uk.attest.people.People.Registration;

/** Creates and reads centres, assessors, learners and registrations, checking every field. */
@Service
public class PeopleService {
  private final PeopleRepository people;
  private final Catalogue catalogue;
  private final Clock clock;
  private final org.springframework.context.ApplicationEventPublisher events;

  PeopleService(
      PeopleRepository people,
      Catalogue catalogue,
      Clock clock,
      org.springframework.context.ApplicationEventPublisher events) {
    this.people = people;
    this.catalogue = catalogue;
    this.clock = clock;
    this.events = events;
  }

  public record NewCentre(String name) {}

  public record NewAssessor(String centreId, String name, Boolean qualified) {}

  public record NewLearner(String centreId, String name, String uln) {}

  public record NewRegistration(
      String qualificationId,
      String currentRole,
      LocalDate startDate,
      BigDecimal weeklyLearningHours,
      String assessorId) {}

  @Transactional
  public Centre createCentre(NewCentre request) {
    Checks checks = new Checks();
    String name = checks.text("name", request.name(), 200);
    checks.done();
    Centre centre = new Centre(Ids.next("ctr"), name, now());
    people.insert(centre);
    return centre;
  }

  @Transactional
  public Assessor createAssessor(NewAssessor request) {
    Checks checks = new Checks();
    String centreId = checks.text("centreId", request.centreId(), 40);
    String name = checks.text("name", request.name(), 200);
    checks.required("qualified", request.qualified());
    checks.done();
    requireCentre(centreId);
    Assessor assessor = new Assessor(Ids.next("asr"), centreId, name, request.qualified(), now());
    people.insert(assessor);
    return assessor;
  }

  @Transactional
  public Learner createLearner(NewLearner request) {
    Checks checks = new Checks();
    String centreId = checks.text("centreId", request.centreId(), 40);
    String name = checks.text("name", request.name(), 200);
    String uln = checks.text("uln", request.uln(), 10);
    if (uln != null) {
      Uln.problem(uln).ifPresent(p -> checks.add("uln", p));
    }
    checks.done();
    requireCentre(centreId);
    if (people.learnerByUln(uln).isPresent()) {
      throw new ConflictException("a learner with ULN " + uln + " is already registered");
    }
    Learner learner = new Learner(Ids.next("lrn"), centreId, name, uln, now());
    people.insert(learner);
    return learner;
  }

  @Transactional
  public Registration register(String learnerId, NewRegistration request) {
    Learner learner =
        people
            .lockLearner(learnerId)
            .orElseThrow(() -> new NotFoundException("learner", learnerId));
    Checks checks = new Checks();
    String qualification = checks.text("qualificationId", request.qualificationId(), 200);
    if (qualification != null && catalogue.qualification(qualification).isEmpty()) {
      checks.add("qualificationId", "unknown qualification '" + qualification + "'");
    }
    String role = checks.text("currentRole", request.currentRole(), 200);
    if (role != null && catalogue.role(role).isEmpty()) {
      checks.add("currentRole", "unknown role '" + role + "'");
    }
    LocalDate start = checks.required("startDate", request.startDate());
    BigDecimal hours = request.weeklyLearningHours();
    checks.check(
        hours == null || (hours.signum() > 0 && hours.compareTo(BigDecimal.valueOf(168)) <= 0),
        "weeklyLearningHours",
        "must be more than 0 and at most 168");
    if (request.assessorId() != null) {
      people
          .assessor(request.assessorId())
          .ifPresentOrElse(
              a ->
                  checks.check(
                      a.centreId().equals(learner.centreId()),
                      "assessorId",
                      "assessor '" + a.id() + "' works at another centre"),
              () -> checks.add("assessorId", "unknown assessor '" + request.assessorId() + "'"));
    }
    checks.done();
    if (people.registrations(learnerId).stream()
        .anyMatch(r -> r.qualificationId().equals(qualification))) {
      throw new ConflictException(
          "learner '" + learnerId + "' is already registered on " + qualification);
    }
    Registration registration =
        new Registration(
            Ids.next("reg"),
            learnerId,
            qualification,
            role,
            start,
            hours,
            request.assessorId(),
            now());
    people.insert(registration);
    events.publishEvent(new RegistrationCreated(learnerId, registration.id(), qualification));
    return registration;
  }

  /** Stores people with known ids, for the demo data; nothing else uses it. */
  @Transactional
  public void seedDemo(Centre centre, List<Assessor> assessors) {
    people.insert(centre);
    assessors.forEach(people::insert);
  }

  /** Stores a demo learner and registration with known ids. */
  @Transactional
  public void seedDemo(Learner learner, Registration registration) {
    people.insert(learner);
    people.insert(registration);
  }

  public boolean anyCentre() {
    return people.anyCentre();
  }

  public Centre centre(String id) {
    return people.centre(id).orElseThrow(() -> new NotFoundException("centre", id));
  }

  public List<Centre> centres() {
    return people.centres();
  }

  public Assessor assessor(String id) {
    return people.assessor(id).orElseThrow(() -> new NotFoundException("assessor", id));
  }

  public Learner learner(String id) {
    return people.learner(id).orElseThrow(() -> new NotFoundException("learner", id));
  }

  public List<Learner> learners(String centreId) {
    centre(centreId);
    return people.learners(centreId);
  }

  public List<Registration> registrations(String learnerId) {
    learner(learnerId);
    return people.registrations(learnerId);
  }

  private void requireCentre(String centreId) {
    if (people.centre(centreId).isEmpty()) {
      throw new InvalidInputException("centreId", "unknown centre '" + centreId + "'");
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }
}
