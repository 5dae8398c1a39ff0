package uk.attest.reports.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import uk.attest.catalogue.Catalogue;
import uk.attest.evidence.Caseloads;
import uk.attest.evidence.Caseloads.LearnerRow;
import uk.attest.learners.PeopleService;
import uk.attest.reports.AuditReading;
import uk.attest.reports.ExportJobs;
import uk.attest.shared.Actor;
import uk.attest.shared.Dates;
import uk.attest.shared.InvalidInputException;
import uk.attest.shared.NotFoundException;

/**
 * An awarding body's pages: its centres, a centre's cohort and who is ready for certification,
 * cohort exports run in the background with their progress, the re-assessments that follow a change
 * of rules or criteria, and the audit chain's check.
 */
@Controller
class AwardingPages {
  private final PeopleService people;
  private final Caseloads caseloads;
  private final ExportJobs exports;
  private final AuditReading audit;
  private final Catalogue catalogue;
  private final Clock clock;
  private final ReassessmentProgress reassessments;

  AwardingPages(
      PeopleService people,
      Caseloads caseloads,
      ExportJobs exports,
      AuditReading audit,
      Catalogue catalogue,
      Clock clock,
      ReassessmentProgress reassessments) {
    this.people = people;
    this.caseloads = caseloads;
    this.exports = exports;
    this.audit = audit;
    this.catalogue = catalogue;
    this.clock = clock;
    this.reassessments = reassessments;
  }

  @GetMapping("/centres")
  String centres(Actor actor, Model model) {
    model.addAttribute("centres", people.centres(actor));
    model.addAttribute("exports", exports.mine(actor));
    if (reassessments.shownTo(actor)) {
      model.addAttribute("reassessments", reassessments.rows(actor));
    }
    return "reports/centres";
  }

  @GetMapping("/centres/{id}")
  String centre(
      Actor actor,
      @PathVariable String id,
      @RequestParam(defaultValue = "false") boolean ready,
      Model model) {
    List<LearnerRow> learners = caseloads.centreLearners(actor, id);
    Map<String, String> qualifications = new TreeMap<>();
    learners.forEach(
        r ->
            catalogue.qualifications().stream()
                .filter(q -> q.title().equals(r.qualificationTitle()))
                .forEach(q -> qualifications.put(q.id(), q.title())));
    model.addAttribute("centre", people.centre(actor, id));
    model.addAttribute("learners", learners);
    model.addAttribute(
        "readyLearners",
        learners.stream()
            .filter(r -> r.readiness() != null && "READY".equals(r.readiness().status()))
            .toList());
    model.addAttribute("onlyReady", ready);
    model.addAttribute("qualifications", qualifications);
    return "reports/centre";
  }

  @PostMapping("/centres/{id}/exports")
  String startExport(
      Actor actor,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String qualification,
      Model model) {
    try {
      var job = exports.start(actor, id, qualification, Dates.today(clock));
      return "redirect:/exports/" + job.id();
    } catch (InvalidInputException e) {
      model.addAttribute("exportProblem", "Choose the qualification to export");
      return centre(actor, id, false, model);
    }
  }

  @GetMapping("/exports/{jobId}")
  String export(Actor actor, @PathVariable String jobId, Model model) {
    model.addAttribute("job", exports.status(actor, jobId));
    return "reports/export";
  }

  /** The job's progress as JSON, for the page's script to follow without reloading. */
  @GetMapping(value = "/exports/{jobId}/status", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ExportJobs.Status exportStatus(Actor actor, @PathVariable String jobId) {
    return exports.status(actor, jobId);
  }

  @GetMapping("/exports/{jobId}/download")
  ResponseEntity<Resource> download(Actor actor, @PathVariable String jobId) {
    ExportJobs.Status job = exports.status(actor, jobId);
    var zip =
        exports
            .file(actor, jobId)
            .orElseThrow(() -> new NotFoundException("finished export", jobId));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(job.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(new InputStreamResource(zip));
  }

  @GetMapping("/audit")
  String audit(Actor actor, Model model) {
    model.addAttribute("check", audit.verify(actor));
    return "reports/audit";
  }
}
