package uk.attest.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.attest.people.People.Assessor;
import uk.attest.people.People.Centre;
import uk.attest.people.People.Learner;
import uk.attest.people.People.Registration;
import uk.attest.people.PeopleService;

/** Centres, assessors, learners and registrations. */
@RestController
@RequestMapping("/api")
class PeopleController {
  private final PeopleService people;

  PeopleController(PeopleService people) {
    this.people = people;
  }

  @PostMapping("/centres")
  ResponseEntity<Centre> createCentre(@RequestBody PeopleService.NewCentre request) {
    Centre c = people.createCentre(request);
    return ResponseEntity.created(URI.create("/api/centres/" + c.id())).body(c);
  }

  @GetMapping("/centres")
  List<Centre> centres() {
    return people.centres();
  }

  @GetMapping("/centres/{id}")
  Centre centre(@PathVariable String id) {
    return people.centre(id);
  }

  @GetMapping("/centres/{id}/learners")
  List<Learner> learners(@PathVariable String id) {
    return people.learners(id);
  }

  @PostMapping("/assessors")
  ResponseEntity<Assessor> createAssessor(@RequestBody PeopleService.NewAssessor request) {
    Assessor a = people.createAssessor(request);
    return ResponseEntity.created(URI.create("/api/assessors/" + a.id())).body(a);
  }

  @GetMapping("/assessors/{id}")
  Assessor assessor(@PathVariable String id) {
    return people.assessor(id);
  }

  @PostMapping("/learners")
  ResponseEntity<Learner> createLearner(@RequestBody PeopleService.NewLearner request) {
    Learner l = people.createLearner(request);
    return ResponseEntity.created(URI.create("/api/learners/" + l.id())).body(l);
  }

  @GetMapping("/learners/{id}")
  Learner learner(@PathVariable String id) {
    return people.learner(id);
  }

  @PostMapping("/learners/{id}/registrations")
  ResponseEntity<Registration> register(
      @PathVariable String id, @RequestBody PeopleService.NewRegistration request) {
    Registration r = people.register(id, request);
    return ResponseEntity.created(URI.create("/api/learners/" + id + "/registrations")).body(r);
  }

  @GetMapping("/learners/{id}/registrations")
  List<Registration> registrations(@PathVariable String id) {
    return people.registrations(id);
  }
}
