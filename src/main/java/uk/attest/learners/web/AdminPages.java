package uk.attest.learners.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.attest.catalogue.Catalogue;
import uk.attest.learners.People;
import uk.attest.learners.People.Learner;
import uk.attest.learners.PeopleService;
import uk.attest.learners.Reassignments;
import uk.attest.shared.Actor;
import uk.attest.shared.ConflictException;
import uk.attest.shared.InvalidInputException;

/**
 * An administrator's pages for centres, awarding bodies, assessors, learners and registrations.
 * Each form calls the same service as the API, which decides who may do it; a problem is shown
 * beside its field.
 */
@Controller
class AdminPages {
  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("name", "Name"),
          Map.entry("centreId", "Centre"),
          Map.entry("awardingBodyId", "Awarding body"),
          Map.entry("qualified", "Qualified"),
          Map.entry("uln", "Unique learner number"),
          Map.entry("qualificationId", "Qualification"),
          Map.entry("currentRole", "Current role"),
          Map.entry("startDate", "Start date"),
          Map.entry("weeklyLearningHours", "Weekly learning hours"),
          Map.entry("assessorId", "Assessor"));

  private final PeopleService people;
  private final Reassignments reassignments;
  private final Catalogue catalogue;

  AdminPages(PeopleService people, Reassignments reassignments, Catalogue catalogue) {
    this.people = people;
    this.reassignments = reassignments;
    this.catalogue = catalogue;
  }

  @GetMapping("/admin")
  String admin(Actor actor, Model model) {
    model.addAttribute("centres", people.adminCentres(actor));
    model.addAttribute("bodies", people.awardingBodies(actor));
    return "learners/admin";
  }

  @PostMapping("/admin/centres")
  String createCentre(
      Actor actor,
      @RequestParam(defaultValue = "") String name,
      Model model,
      RedirectAttributes done) {
    return attempt(
        () -> people.createCentre(actor, new PeopleService.NewCentre(name)),
        "Centre '" + name.strip() + "' created",
        "/admin",
        "centre",
        done,
        model,
        () -> admin(actor, model));
  }

  @PostMapping("/admin/awarding-bodies")
  String createBody(
      Actor actor,
      @RequestParam(defaultValue = "") String name,
      Model model,
      RedirectAttributes done) {
    return attempt(
        () -> people.createAwardingBody(actor, new PeopleService.NewAwardingBody(name)),
        "Awarding body '" + name.strip() + "' created",
        "/admin",
        "body",
        done,
        model,
        () -> admin(actor, model));
  }

  @GetMapping("/admin/centres/{id}")
  String centre(Actor actor, @PathVariable String id, Model model) {
    model.addAttribute("centre", people.centre(actor, id));
    model.addAttribute("approvals", people.approvals(actor, id));
    var bodies = people.awardingBodies(actor);
    model.addAttribute("bodies", bodies);
    model.addAttribute(
        "bodyNames",
        bodies.stream().collect(java.util.stream.Collectors.toMap(b -> b.id(), b -> b.name())));
    var assessors = people.assessors(actor, id);
    model.addAttribute("assessors", assessors);
    Map<String, String> assessorNames = new LinkedHashMap<>();
    assessors.forEach(a -> assessorNames.put(a.id(), a.name()));
    model.addAttribute("assessorNames", assessorNames);
    List<Learner> learners = people.learners(actor, id);
    model.addAttribute("learners", learners);
    Map<String, Object> registrations = new LinkedHashMap<>();
    Map<String, String> currentAssessor = new LinkedHashMap<>();
    List<People.AssessorChange> changes = new java.util.ArrayList<>();
    Map<String, String> learnerNames = new LinkedHashMap<>();
    learners.forEach(
        l -> {
          var regs = people.registrations(actor, l.id());
          registrations.put(l.id(), regs);
          if (!regs.isEmpty() && regs.get(regs.size() - 1).assessorId() != null) {
            currentAssessor.put(l.id(), regs.get(regs.size() - 1).assessorId());
          }
          learnerNames.put(l.id(), l.name());
          changes.addAll(reassignments.history(actor, l.id()));
        });
    changes.sort(
        java.util.Comparator.comparing(People.AssessorChange::changedAt)
            .reversed()
            .thenComparing(People.AssessorChange::id));
    model.addAttribute("registrations", registrations);
    model.addAttribute("currentAssessor", currentAssessor);
    model.addAttribute("assessorChanges", changes);
    model.addAttribute("learnerNames", learnerNames);
    model.addAttribute("qualifications", catalogue.qualifications());
    model.addAttribute(
        "qualificationTitles",
        catalogue.qualifications().stream()
            .collect(java.util.stream.Collectors.toMap(q -> q.id(), q -> q.title())));
    model.addAttribute("roles", catalogue.roles());
    return "learners/admin-centre";
  }

  @PostMapping("/admin/centres/{id}/approvals")
  String approve(
      Actor actor,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String awardingBodyId,
      Model model,
      RedirectAttributes done) {
    return attempt(
        () -> people.approve(actor, id, new PeopleService.NewApproval(awardingBodyId)),
        "The centre is registered with the awarding body",
        "/admin/centres/" + id,
        "approval",
        done,
        model,
        () -> centre(actor, id, model));
  }

  @PostMapping("/admin/centres/{id}/assessors")
  String createAssessor(
      Actor actor,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(required = false) Boolean qualified,
      Model model,
      RedirectAttributes done) {
    return attempt(
        () -> people.createAssessor(actor, new PeopleService.NewAssessor(id, name, qualified)),
        "Assessor '" + name.strip() + "' added",
        "/admin/centres/" + id,
        "assessor",
        done,
        model,
        () -> centre(actor, id, model));
  }

  @PostMapping("/admin/centres/{id}/learners")
  String createLearner(
      Actor actor,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String uln,
      Model model,
      RedirectAttributes done) {
    return attempt(
        () -> people.createLearner(actor, new PeopleService.NewLearner(id, name, uln)),
        "Learner '" + name.strip() + "' enrolled",
        "/admin/centres/" + id,
        "learner",
        done,
        model,
        () -> centre(actor, id, model));
  }

  @PostMapping("/admin/centres/{id}/registrations")
  String register(
      Actor actor,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String learnerId,
      @RequestParam(defaultValue = "") String qualificationId,
      @RequestParam(defaultValue = "") String currentRole,
      @RequestParam(defaultValue = "") String startDate,
      @RequestParam(defaultValue = "") String weeklyLearningHours,
      @RequestParam(defaultValue = "") String assessorId,
      Model model,
      RedirectAttributes done) {
    Map<String, String> early = new LinkedHashMap<>();
    LocalDate start = null;
    if (!startDate.isBlank()) {
      try {
        start = LocalDate.parse(startDate.strip());
      } catch (DateTimeException e) {
        early.put("startDate", "Start date must be a date such as 2026-09-01");
      }
    }
    BigDecimal hours = null;
    if (!weeklyLearningHours.isBlank()) {
      try {
        hours = new BigDecimal(weeklyLearningHours.strip());
      } catch (NumberFormatException e) {
        early.put("weeklyLearningHours", "Weekly learning hours must be a number, such as 6");
      }
    }
    if (learnerId.isBlank()) {
      early.put("learnerId", "Learner: choose who to register");
    }
    LocalDate startOn = start;
    BigDecimal weekly = hours;
    if (!early.isEmpty()) {
      model.addAttribute("form", "registration");
      model.addAttribute("errors", early);
      return centre(actor, id, model);
    }
    return attempt(
        () ->
            people.register(
                actor,
                learnerId,
                new PeopleService.NewRegistration(
                    qualificationId.isBlank() ? null : qualificationId,
                    currentRole.isBlank() ? null : currentRole,
                    startOn,
                    weekly,
                    assessorId.isBlank() ? null : assessorId)),
        "Registration saved",
        "/admin/centres/" + id,
        "registration",
        done,
        model,
        () -> centre(actor, id, model));
  }

  /** Moves a learner to another assessor of the centre; problems are shown beside the form. */
  @PostMapping("/admin/centres/{id}/reassignments")
  String reassign(
      Actor actor,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String learnerId,
      @RequestParam(defaultValue = "") String assessorId,
      @RequestParam(defaultValue = "") String reason,
      Model model,
      RedirectAttributes done) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (learnerId.isBlank()) {
      errors.put("reassign-learner", "Learner: choose who moves");
    } else {
      try {
        people.learners(actor, id).stream()
            .filter(l -> l.id().equals(learnerId))
            .findFirst()
            .orElseThrow(() -> new uk.attest.shared.NotFoundException("learner", learnerId));
        var change =
            reassignments.reassign(
                actor,
                learnerId,
                new Reassignments.Reassignment(
                    assessorId.isBlank() ? null : assessorId, reason.isBlank() ? null : reason));
        done.addFlashAttribute(
            "success",
            "The learner now has "
                + people.assessor(actor, change.toAssessorId()).name()
                + " as their assessor");
        return "redirect:/admin/centres/" + id;
      } catch (InvalidInputException e) {
        e.sentences(Map.of("assessorId", "New assessor", "reason", "Why they move"))
            .forEach(
                (k, v) ->
                    errors.putIfAbsent(
                        k.equals("reason") ? "reassign-reason" : "reassign-assessor", v));
      } catch (ConflictException e) {
        errors.put("reassign-learner", "Learner: " + e.getMessage());
      }
    }
    model.addAttribute("form", "reassign");
    model.addAttribute("reassignErrors", errors);
    return centre(actor, id, model);
  }

  /**
   * Runs a form's service call: on success, back to the page with a message; on a problem, the same
   * page again with each problem beside its field.
   */
  private static String attempt(
      Runnable call,
      String success,
      String page,
      String form,
      RedirectAttributes done,
      Model model,
      java.util.function.Supplier<String> again) {
    try {
      call.run();
      done.addFlashAttribute("success", success);
      return "redirect:" + page;
    } catch (InvalidInputException e) {
      model.addAttribute("form", form);
      model.addAttribute("errors", e.sentences(LABELS));
      return again.get();
    } catch (ConflictException e) {
      model.addAttribute("form", form);
      model.addAttribute("errors", Map.of("name", e.getMessage()));
      return again.get();
    }
  }
}
