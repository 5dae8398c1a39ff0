package uk.attest.learners;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.attest.accounts.Access;
import uk.attest.accounts.Accounts;
import uk.attest.audit.AuditTrail;
import uk.attest.catalogue.Catalogue;
import uk.attest.learners.People.Approval;
import uk.attest.learners.People.Assessor;
import uk.attest.learners.People.AwardingBody;
import uk.attest.learners.People.Centre;
import uk.attest.learners.People.Learner;
import uk.attest.learners.People.Registration;
import uk.attest.shared.Actor;
import uk.attest.shared.Checks;
import uk.attest.shared.ConflictException;
import uk.attest.shared.Dates;
import uk.attest.shared.Ids;
import uk.attest.shared.InvalidInputException;
import uk.attest.shared.Limits;
import uk.attest.shared.NotFoundException;
import uk.attest.shared.Uln;

/**
 * Creates and reads centres, awarding bodies, assessors, learners and registrations, checking every
 * field and who is asking: admins manage them; everyone else sees only the people their role
 * reaches, and a record they may not see is not found.
 */
@Service
public class PeopleService {
  private final PeopleRepository people;
  private final Access access;
  private final AuditTrail audit;
  private final Accounts accounts;
  private final Catalogue catalogue;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  PeopleService(
      PeopleRepository people,
      Access access,
      AuditTrail audit,
      Catalogue catalogue,
      Clock clock,
      ApplicationEventPublisher events,
      Accounts accounts) {
    this.accounts = accounts;
    this.people = people;
    this.access = access;
    this.audit = audit;
    this.catalogue = catalogue;
    this.clock = clock;
    this.events = events;
  }

  public record NewCentre(@Schema(maxLength = Limits.NAME) String name) {}

  public record NewAwardingBody(@Schema(maxLength = Limits.NAME) String name) {}

  public record NewApproval(@Schema(maxLength = Limits.ID) String awardingBodyId) {}

  public record NewAssessor(
      @Schema(maxLength = Limits.ID) String centreId,
      @Schema(maxLength = Limits.NAME) String name,
      Boolean qualified) {}

  public record NewLearner(
      @Schema(maxLength = Limits.ID) String centreId,
      @Schema(maxLength = Limits.NAME) String name,
      @Schema(maxLength = Limits.ULN, description = "Unique Learner Number: ten digits")
          String uln) {}

  public record NewRegistration(
      @Schema(maxLength = Limits.CATALOGUE_ID) String qualificationId,
      @Schema(maxLength = Limits.CATALOGUE_ID) String currentRole,
      @Schema(description = "From 20 years ago to a year ahead") LocalDate startDate,
      @Schema(minimum = "0", exclusiveMinimum = true, maximum = "168")
          BigDecimal weeklyLearningHours,
      @Schema(maxLength = Limits.ID) String assessorId) {}

  @Transactional
  public Centre createCentre(Actor by, NewCentre request) {
    Access.require(access.manages(by), "only an admin creates centres");
    Checks checks = new Checks();
    String name = checks.text("name", request.name(), Limits.NAME);
    checks.done();
    Centre centre = new Centre(Ids.next("ctr"), name, now());
    store(by, centre);
    return centre;
  }

  @Transactional
  public AwardingBody createAwardingBody(Actor by, NewAwardingBody request) {
    Access.require(access.manages(by), "only an admin creates awarding bodies");
    Checks checks = new Checks();
    String name = checks.text("name", request.name(), Limits.NAME);
    checks.done();
    AwardingBody body = new AwardingBody(Ids.next("abo"), name, now());
    store(by, body);
    return body;
  }

  /** Registers a centre with an awarding body, which may then read and export its records. */
  @Transactional
  public Approval approve(Actor by, String centreId, NewApproval request) {
    centre(by, centreId);
    Access.require(access.manages(by), "only an admin registers centres with awarding bodies");
    Checks checks = new Checks();
    String bodyId = checks.text("awardingBodyId", request.awardingBodyId(), Limits.ID);
    if (bodyId != null && people.awardingBody(bodyId).isEmpty()) {
      checks.add("awardingBodyId", "unknown awarding body '" + bodyId + "'");
    }
    checks.done();
    if (people.approvals(centreId).stream().anyMatch(a -> a.awardingBodyId().equals(bodyId))) {
      throw new ConflictException("centre '" + centreId + "' is already registered with " + bodyId);
    }
    Approval approval = new Approval(centreId, bodyId, now());
    store(by, approval);
    return approval;
  }

  @Transactional
  public Assessor createAssessor(Actor by, NewAssessor request) {
    Access.require(access.manages(by), "only an admin creates assessors");
    Checks checks = new Checks();
    String centreId = checks.text("centreId", request.centreId(), Limits.ID);
    String name = checks.text("name", request.name(), Limits.NAME);
    checks.required("qualified", request.qualified());
    checks.done();
    requireCentre(centreId);
    Assessor assessor = new Assessor(Ids.next("asr"), centreId, name, request.qualified(), now());
    store(by, assessor);
    return assessor;
  }

  @Transactional
  public Learner createLearner(Actor by, NewLearner request) {
    Access.require(access.manages(by), "only an admin enrols learners");
    Checks checks = new Checks();
    String centreId = checks.text("centreId", request.centreId(), Limits.ID);
    String name = checks.text("name", request.name(), Limits.NAME);
    String uln = checks.text("uln", request.uln(), Limits.ULN);
    if (uln != null) {
      Uln.problem(uln).ifPresent(p -> checks.add("uln", p));
    }
    checks.done();
    requireCentre(centreId);
    if (people.learnerByUln(uln).isPresent()) {
      throw new ConflictException("a learner with ULN " + uln + " is already registered");
    }
    Learner learner = new Learner(Ids.next("lrn"), centreId, name, uln, now());
    store(by, learner);
    return learner;
  }

  @Transactional
  public Registration register(Actor by, String learnerId, NewRegistration request) {
    Learner learner =
        people
            .lockLearner(learnerId)
            .filter(l -> access.seesLearner(by, l.id(), l.centreId()))
            .orElseThrow(() -> new NotFoundException("learner", learnerId));
    Access.require(access.manages(by), "only an admin registers learners on qualifications");
    Checks checks = new Checks();
    String qualification =
        checks.text("qualificationId", request.qualificationId(), Limits.CATALOGUE_ID);
    if (qualification != null && catalogue.qualification(qualification).isEmpty()) {
      checks.add("qualificationId", "unknown qualification '" + qualification + "'");
    }
    String role = checks.text("currentRole", request.currentRole(), Limits.CATALOGUE_ID);
    if (role != null && catalogue.role(role).isEmpty()) {
      checks.add("currentRole", "unknown role '" + role + "'");
    }
    LocalDate today = Dates.today(clock);
    LocalDate start =
        checks.date(
            "startDate",
            request.startDate(),
            today.minusYears(Limits.REGISTRATION_YEARS_BACK),
            today.plusYears(Limits.REGISTRATION_YEARS_AHEAD));
    BigDecimal hours = request.weeklyLearningHours();
    checks.check(
        hours == null || (hours.signum() > 0 && hours.compareTo(BigDecimal.valueOf(168)) <= 0),
        "weeklyLearningHours",
        "must be more than 0 and at most 168");
    String assessorId = checks.optionalText("assessorId", request.assessorId(), Limits.ID);
    if (assessorId != null) {
      people
          .assessor(assessorId)
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
              },
              () -> checks.add("assessorId", "unknown assessor '" + assessorId + "'"));
    }
    checks.done();
    if (people.registrations(learnerId).stream()
        .anyMatch(r -> r.qualificationId().equals(qualification))) {
      throw new ConflictException(
          "learner '" + learnerId + "' is already registered on " + qualification);
    }
    Registration registration =
        new Registration(
            Ids.next("reg"), learnerId, qualification, role, start, hours, assessorId, now());
    store(by, registration);
    return registration;
  }

  /** Stores people with known ids, for the demo data; nothing else uses it. */
  @Transactional
  public void seedDemo(Centre centre, AwardingBody body, List<Assessor> assessors) {
    Actor demo = Actor.system("demo data");
    store(demo, centre);
    store(demo, body);
    store(demo, new Approval(centre.id(), body.id(), centre.createdAt()));
    assessors.forEach(a -> store(demo, a));
  }

  /** Stores a demo learner and registration with known ids. */
  @Transactional
  public void seedDemo(Learner learner, Registration registration) {
    Actor demo = Actor.system("demo data");
    store(demo, learner);
    store(demo, registration);
  }

  // Each record is stored with its audit entry, whoever creates it.

  private void store(Actor by, Centre c) {
    people.insert(c);
    audit.record(by, "centre.created", "centre " + c.id(), null, null, Map.of("name", c.name()));
  }

  private void store(Actor by, AwardingBody b) {
    people.insert(b);
    audit.record(
        by,
        "awarding-body.created",
        "awarding body " + b.id(),
        null,
        null,
        Map.of("name", b.name()));
  }

  private void store(Actor by, Approval a) {
    people.insert(a);
    audit.record(
        by,
        "centre.approved",
        "centre " + a.centreId(),
        null,
        null,
        Map.of("awardingBodyId", a.awardingBodyId()));
  }

  private void store(Actor by, Assessor a) {
    people.insert(a);
    audit.record(
        by,
        "assessor.created",
        "assessor " + a.id(),
        null,
        null,
        Map.of("centreId", a.centreId(), "name", a.name(), "qualified", a.qualified()));
  }

  private void store(Actor by, Learner l) {
    people.insert(l);
    audit.record(
        by,
        "learner.created",
        "learner " + l.id(),
        l.id(),
        null,
        Map.of("centreId", l.centreId(), "name", l.name(), "uln", l.uln()));
  }

  /** Stores a registration, recomputes the learner's assessment (an event) and audits it. */
  private void store(Actor by, Registration r) {
    people.insert(r);
    events.publishEvent(new RegistrationCreated(r.learnerId(), r.id(), r.qualificationId()));
    audit.record(
        by, "registration.created", "registration " + r.id(), r.learnerId(), null, summary(r));
  }

  public boolean anyCentre() {
    return people.anyCentre();
  }

  public Centre centre(Actor by, String id) {
    return people
        .centre(id)
        .filter(c -> access.seesCentre(by, c.id()))
        .orElseThrow(() -> new NotFoundException("centre", id));
  }

  public List<Centre> centres(Actor by) {
    return people.centres().stream().filter(c -> access.seesCentre(by, c.id())).toList();
  }

  public List<Approval> approvals(Actor by, String centreId) {
    centre(by, centreId); // whoever sees the centre sees which bodies it is registered with
    return people.approvals(centreId);
  }

  public List<AwardingBody> awardingBodies(Actor by) {
    return people.awardingBodies().stream()
        .filter(b -> access.seesAwardingBody(by, b.id()))
        .toList();
  }

  public AwardingBody awardingBody(Actor by, String id) {
    return people
        .awardingBody(id)
        .filter(b -> access.seesAwardingBody(by, b.id()))
        .orElseThrow(() -> new NotFoundException("awarding body", id));
  }

  public Assessor assessor(Actor by, String id) {
    return people
        .assessor(id)
        .filter(a -> access.seesAssessor(by, a.id(), a.centreId()))
        .orElseThrow(() -> new NotFoundException("assessor", id));
  }

  public Learner learner(Actor by, String id) {
    return people
        .learner(id)
        .filter(l -> access.seesLearner(by, l.id(), l.centreId()))
        .orElseThrow(() -> new NotFoundException("learner", id));
  }

  /**
   * The learner, if the actor may read their records (evidence, assessments, portfolio and audit
   * entries). A learner the actor may not see at all is not found; one they manage but whose
   * records they may not read (an admin) is forbidden.
   */
  public Learner learnerForRecords(Actor by, String id) {
    Learner learner = learner(by, id);
    Access.require(
        access.seesRecords(by, learner.id(), learner.centreId()),
        "an admin manages learners but does not read their evidence, assessments or portfolio");
    return learner;
  }

  /** Every centre, for an administrator managing them; forbidden for anyone else. */
  public List<Centre> adminCentres(Actor by) {
    Access.require(access.manages(by), "only an admin manages centres and people");
    return people.centres();
  }

  /** The centre's assessors that the caller may see. */
  public List<Assessor> assessors(Actor by, String centreId) {
    centre(by, centreId);
    return people.assessors(centreId).stream()
        .filter(a -> access.seesAssessor(by, a.id(), a.centreId()))
        .toList();
  }

  /** The centre's learners that the caller may see (a learner sees only themselves). */
  public List<Learner> learners(Actor by, String centreId) {
    centre(by, centreId);
    return people.learners(centreId).stream()
        .filter(l -> access.seesLearner(by, l.id(), l.centreId()))
        .toList();
  }

  public List<Registration> registrations(Actor by, String learnerId) {
    learner(by, learnerId);
    return people.registrations(learnerId);
  }

  private static Map<String, Object> summary(Registration r) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("qualificationId", r.qualificationId());
    s.put("currentRole", r.currentRole());
    s.put("startDate", r.startDate().toString());
    s.put("weeklyLearningHours", r.weeklyLearningHours());
    s.put("assessorId", r.assessorId());
    return s;
  }

  private void requireCentre(String centreId) {
    if (people.centre(centreId).isEmpty()) {
      throw new InvalidInputException("centreId", "unknown centre '" + centreId + "'");
    }
  }

  private OffsetDateTime now() {
    return Dates.now(clock);
  }
}
