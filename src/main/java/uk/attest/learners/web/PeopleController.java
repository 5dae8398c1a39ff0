package uk.attest.learners.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.attest.learners.People;
import uk.attest.learners.People.Approval;
import uk.attest.learners.People.Assessor;
import uk.attest.learners.People.AwardingBody;
import uk.attest.learners.People.Centre;
import uk.attest.learners.People.Learner;
import uk.attest.learners.People.Registration;
import uk.attest.learners.PeopleService;
import uk.attest.learners.Reassignments;
import uk.attest.shared.Actor;

/** Centres, awarding bodies, assessors, learners and registrations. */
@Tag(
    name = "Centres and people",
    description = "Centres, awarding bodies, assessors, learners and registrations.")
@RestController
@RequestMapping("/api")
class PeopleController {
  private final PeopleService people;
  private final Reassignments reassignments;

  PeopleController(PeopleService people, Reassignments reassignments) {
    this.people = people;
    this.reassignments = reassignments;
  }

  @Operation(
      summary = "Move a learner to another assessor of the same centre, saying why (admins)",
      description =
          "Every registration of the learner names the new assessor; the change (who, when, from"
              + " whom to whom, why) is kept and audited.")
  @ApiResponse(responseCode = "201", description = "Created")
  @PostMapping("/learners/{id}/assessor")
  ResponseEntity<People.AssessorChange> reassign(
      Actor actor, @PathVariable String id, @RequestBody Reassignments.Reassignment request) {
    return ResponseEntity.created(URI.create("/api/learners/" + id + "/assessor-changes"))
        .body(reassignments.reassign(actor, id, request));
  }

  @Operation(summary = "List a learner's changes of assessor, oldest first")
  @GetMapping("/learners/{id}/assessor-changes")
  List<People.AssessorChange> assessorChanges(Actor actor, @PathVariable String id) {
    return reassignments.history(actor, id);
  }

  @Operation(summary = "Create a centre (admins)")
  @ApiResponse(responseCode = "201", description = "Created")
  @PostMapping("/centres")
  ResponseEntity<Centre> createCentre(Actor actor, @RequestBody PeopleService.NewCentre request) {
    Centre c = people.createCentre(actor, request);
    return ResponseEntity.created(URI.create("/api/centres/" + c.id())).body(c);
  }

  @Operation(summary = "List the centres you may see")
  @GetMapping("/centres")
  List<Centre> centres(Actor actor) {
    return people.centres(actor);
  }

  @Operation(summary = "Read one centre")
  @GetMapping("/centres/{id}")
  Centre centre(Actor actor, @PathVariable String id) {
    return people.centre(actor, id);
  }

  @Operation(summary = "List a centre's learners you may see")
  @GetMapping("/centres/{id}/learners")
  List<Learner> learners(Actor actor, @PathVariable String id) {
    return people.learners(actor, id);
  }

  @Operation(summary = "Add an assessor to a centre (admins)")
  @ApiResponse(responseCode = "201", description = "Created")
  @PostMapping("/assessors")
  ResponseEntity<Assessor> createAssessor(
      Actor actor, @RequestBody PeopleService.NewAssessor request) {
    Assessor a = people.createAssessor(actor, request);
    return ResponseEntity.created(URI.create("/api/assessors/" + a.id())).body(a);
  }

  @Operation(summary = "Read one assessor")
  @GetMapping("/assessors/{id}")
  Assessor assessor(Actor actor, @PathVariable String id) {
    return people.assessor(actor, id);
  }

  @Operation(summary = "Enrol a learner at a centre (admins)")
  @ApiResponse(responseCode = "201", description = "Created")
  @PostMapping("/learners")
  ResponseEntity<Learner> createLearner(
      Actor actor, @RequestBody PeopleService.NewLearner request) {
    Learner l = people.createLearner(actor, request);
    return ResponseEntity.created(URI.create("/api/learners/" + l.id())).body(l);
  }

  @Operation(summary = "Read one learner")
  @GetMapping("/learners/{id}")
  Learner learner(Actor actor, @PathVariable String id) {
    return people.learner(actor, id);
  }

  @Operation(summary = "Register a learner on a qualification (admins)")
  @ApiResponse(responseCode = "201", description = "Created")
  @PostMapping("/learners/{id}/registrations")
  ResponseEntity<Registration> register(
      Actor actor, @PathVariable String id, @RequestBody PeopleService.NewRegistration request) {
    Registration r = people.register(actor, id, request);
    return ResponseEntity.created(URI.create("/api/learners/" + id + "/registrations")).body(r);
  }

  @Operation(summary = "List a learner's registrations")
  @GetMapping("/learners/{id}/registrations")
  List<Registration> registrations(Actor actor, @PathVariable String id) {
    return people.registrations(actor, id);
  }

  @Operation(summary = "Create an awarding body (admins)")
  @ApiResponse(responseCode = "201", description = "Created")
  @PostMapping("/awarding-bodies")
  ResponseEntity<AwardingBody> createAwardingBody(
      Actor actor, @RequestBody PeopleService.NewAwardingBody request) {
    AwardingBody b = people.createAwardingBody(actor, request);
    return ResponseEntity.created(URI.create("/api/awarding-bodies/" + b.id())).body(b);
  }

  @Operation(summary = "List the awarding bodies you may see")
  @GetMapping("/awarding-bodies")
  List<AwardingBody> awardingBodies(Actor actor) {
    return people.awardingBodies(actor);
  }

  @Operation(summary = "Read one awarding body")
  @GetMapping("/awarding-bodies/{id}")
  AwardingBody awardingBody(Actor actor, @PathVariable String id) {
    return people.awardingBody(actor, id);
  }

  /** Registers the centre with an awarding body, which may then read and export its records. */
  @Operation(summary = "Register a centre with an awarding body (admins)")
  @ApiResponse(responseCode = "201", description = "Created")
  @PostMapping("/centres/{id}/approvals")
  ResponseEntity<Approval> approve(
      Actor actor, @PathVariable String id, @RequestBody PeopleService.NewApproval request) {
    Approval a = people.approve(actor, id, request);
    return ResponseEntity.created(URI.create("/api/centres/" + id + "/approvals")).body(a);
  }

  @Operation(summary = "List the awarding bodies a centre is registered with")
  @GetMapping("/centres/{id}/approvals")
  List<Approval> approvals(Actor actor, @PathVariable String id) {
    return people.approvals(actor, id);
  }
}
