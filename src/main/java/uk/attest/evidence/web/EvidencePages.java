package uk.attest.evidence.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.Method;
import uk.attest.catalogue.Proficiency;
import uk.attest.evidence.Countersigning;
import uk.attest.evidence.EvidenceSuggestions;
import uk.attest.evidence.FileInspector.RefusedFile;
import uk.attest.evidence.FileVersions;
import uk.attest.evidence.IncomingFile;
import uk.attest.evidence.Judgements;
import uk.attest.evidence.Judgements.JudgementRequest;
import uk.attest.evidence.LearnerRecords;
import uk.attest.evidence.Sampling;
import uk.attest.evidence.UnknownCriteriaException;
import uk.attest.evidence.Uploads;
import uk.attest.evidence.Uploads.EvidenceRequest;
import uk.attest.evidence.Uploads.WitnessRequest;
import uk.attest.evidence.Withdrawals;
import uk.attest.shared.Actor;
import uk.attest.shared.ConflictException;
import uk.attest.shared.InvalidInputException;

/**
 * Evidence as pages: the upload form, one item with its judgements, and the forms an assessor
 * judges with and an IQA samples with. Each form calls the same service as the API.
 */
@Controller
class EvidencePages {
  /** The upload's field names as the service reports them, and as a person reads them. */
  private static final Map<String, String> UPLOAD_LABELS =
      Map.of(
          "title", "Title",
          "description", "Description",
          "method", "Method",
          "activityDate", "Date of the activity",
          "learnerDeclaration", "The learner's declaration",
          "witness.name", "Witness's name",
          "witness.role", "Witness's role",
          "files", "Files",
          "criteria", "Criteria",
          "Idempotency-Key", "This form");

  private static final Map<String, String> JUDGEMENT_LABELS =
      Map.of(
          "verdict", "Decision",
          "proficiency", "Proficiency",
          "feedback", "Feedback",
          "assessorId", "Assessor");

  private final Uploads uploads;
  private final Judgements judgements;
  private final Sampling sampling;
  private final Countersigning countersigning;
  private final LearnerRecords records;
  private final Catalogue catalogue;
  private final EvidenceSuggestions suggestions;
  private final Withdrawals withdrawals;
  private final FileVersions versions;

  EvidencePages(
      Uploads uploads,
      Judgements judgements,
      Sampling sampling,
      Countersigning countersigning,
      LearnerRecords records,
      Catalogue catalogue,
      EvidenceSuggestions suggestions,
      Withdrawals withdrawals,
      FileVersions versions) {
    this.withdrawals = withdrawals;
    this.versions = versions;
    this.suggestions = suggestions;
    this.countersigning = countersigning;
    this.uploads = uploads;
    this.judgements = judgements;
    this.sampling = sampling;
    this.records = records;
    this.catalogue = catalogue;
  }

  /** What a person typed into the upload form, to show again beside its problems. */
  record UploadAnswers(
      String title,
      String description,
      String method,
      String day,
      String month,
      String year,
      String witnessName,
      String witnessRole,
      boolean declaration,
      List<String> criteria,
      String codes,
      String token) {}

  @GetMapping("/learners/{id}/evidence/new")
  String uploadForm(
      Actor actor,
      @PathVariable String id,
      @RequestParam(required = false) List<String> criteria,
      Model model) {
    return showUpload(
        actor,
        id,
        new UploadAnswers(
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            false,
            criteria == null ? List.of() : criteria,
            "",
            UUID.randomUUID().toString()),
        Map.of(),
        model);
  }

  @PostMapping("/learners/{id}/evidence")
  String upload(
      Actor actor,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(defaultValue = "") String description,
      @RequestParam(defaultValue = "") String method,
      @RequestParam(defaultValue = "") String day,
      @RequestParam(defaultValue = "") String month,
      @RequestParam(defaultValue = "") String year,
      @RequestParam(defaultValue = "") String witnessName,
      @RequestParam(defaultValue = "") String witnessRole,
      @RequestParam(defaultValue = "false") boolean declaration,
      @RequestParam(required = false) List<String> criteria,
      @RequestParam(defaultValue = "") String codes,
      @RequestParam(defaultValue = "") String token,
      @RequestParam(required = false) List<MultipartFile> files,
      Model model) {
    UploadAnswers answers =
        new UploadAnswers(
            title,
            description,
            method,
            day,
            month,
            year,
            witnessName,
            witnessRole,
            declaration,
            criteria == null ? List.of() : criteria,
            codes,
            token);
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate date = date(day, month, year, errors);
    List<String> claimed = new ArrayList<>(new LinkedHashSet<>(answers.criteria()));
    Arrays.stream(codes.split("[\\s,;]+")).filter(c -> !c.isBlank()).forEach(claimed::add);
    EvidenceRequest request =
        new EvidenceRequest(
            title,
            description.isBlank() ? null : description,
            method,
            date,
            List.copyOf(new LinkedHashSet<>(claimed)),
            declaration ? Boolean.TRUE : null,
            witnessName.isBlank() && witnessRole.isBlank()
                ? null
                : new WitnessRequest(witnessName, witnessRole.isBlank() ? null : witnessRole));
    List<IncomingFile> incoming = new ArrayList<>();
    for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
      if (!f.isEmpty() || (f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())) {
        incoming.add(
            new IncomingFile(
                f.getOriginalFilename(), f.getContentType(), f.getSize(), f::getInputStream));
      }
    }
    try {
      // A date that is not a real date goes as none, so the service reports it with every
      // other problem at once; the sentence about the date is this page's.
      var stored = uploads.upload(actor, id, "form:" + token, request, incoming);
      return "redirect:/evidence/" + stored.evidence().evidence().id() + "?uploaded";
    } catch (InvalidInputException e) {
      e.sentences(UPLOAD_LABELS).forEach((k, v) -> errors.putIfAbsent(field(k), v));
    } catch (UnknownCriteriaException e) {
      errors.put(
          "criteria",
          "Criteria: "
              + String.join(", ", e.unknown())
              + (e.unknown().size() == 1 ? " is not a criterion" : " are not criteria")
              + " of any standard we hold");
    } catch (RefusedFile e) {
      errors.put("files", "Files: " + e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
    } catch (ConflictException e) {
      errors.put("title", "This form was already sent with other answers; open a new form");
    }
    if (!incoming.isEmpty() && !errors.containsKey("files")) {
      errors.put("files", "Files: choose the files again (a browser does not keep them)");
    }
    return showUpload(actor, id, answers, errors, model);
  }

  private String showUpload(
      Actor actor, String id, UploadAnswers answers, Map<String, String> errors, Model model) {
    model.addAttribute("form", uploads.form(actor, id));
    model.addAttribute("answers", answers);
    model.addAttribute("errors", errors);
    model.addAttribute("methods", Method.values());
    model.addAttribute("catalogue", catalogue);
    return "evidence/upload";
  }

  /** The service's field names as the form's: list items and nested fields map to one field. */
  private static String field(String serviceField) {
    String f = serviceField.replaceAll("\\[\\d+\\]$", "");
    return switch (f) {
      case "witness.name" -> "witnessName";
      case "witness.role" -> "witnessRole";
      case "learnerDeclaration" -> "declaration";
      default -> f;
    };
  }

  /** A GOV.UK date input's three fields as a date, or a problem naming the field. */
  private static LocalDate date(String day, String month, String year, Map<String, String> errors) {
    if (day.isBlank() && month.isBlank() && year.isBlank()) {
      return null; // "is required" comes from the service with the other problems
    }
    try {
      return LocalDate.of(
          Integer.parseInt(year.strip()),
          Integer.parseInt(month.strip()),
          Integer.parseInt(day.strip()));
    } catch (NumberFormatException | DateTimeException e) {
      errors.put("activityDate", "Date of the activity must be a real date, such as 2 11 2026");
      return null;
    }
  }

  @GetMapping("/evidence/{id}")
  String evidence(Actor actor, @PathVariable String id, Model model) {
    return showEvidenceWithEmptyJudgement(actor, id, model);
  }

  @PostMapping("/evidence/{id}/judgement")
  String judge(
      Actor actor,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String verdict,
      @RequestParam(defaultValue = "") String proficiency,
      @RequestParam(defaultValue = "false") boolean authenticity,
      @RequestParam(defaultValue = "") String feedback,
      @RequestParam(defaultValue = "") String confirmedFor,
      @RequestParam(defaultValue = "") String token,
      Model model) {
    String answered = verdict + "|" + proficiency + "|" + authenticity;
    // "Save anyway" confirms the answers the concerns were about; changed answers are checked
    // again, so a fix that still would not count is named before it is saved.
    boolean confirmed = !confirmedFor.isBlank() && confirmedFor.equals(answered);
    JudgementRequest request =
        new JudgementRequest(
            verdict.isBlank() ? null : verdict,
            "ACCEPTED".equals(verdict) && !proficiency.isBlank() ? proficiency : null,
            feedback.isBlank() ? null : feedback,
            null,
            "ACCEPTED".equals(verdict) ? authenticity : null,
            confirmed ? Boolean.TRUE : null);
    List<Judgements.Concern> concerns =
        confirmed ? List.of() : judgements.preview(actor, id, request);
    if (!concerns.isEmpty()) {
      model.addAttribute("confirmedFor", answered);
      return showEvidence(actor, id, request, Map.of(), concerns, model);
    }
    try {
      judgements.judge(
          actor,
          id,
          token.isBlank() ? null : "form:" + token,
          new JudgementRequest(
              request.verdict(),
              request.proficiency(),
              request.feedback(),
              null,
              request.authenticityConfirmed(),
              // Nothing to confirm beyond what the page showed: a trainee's decision, say.
              Boolean.TRUE));
    } catch (InvalidInputException e) {
      return showEvidence(actor, id, request, e.sentences(JUDGEMENT_LABELS), List.of(), model);
    }
    return "redirect:/evidence/" + id + "?judged";
  }

  @PostMapping("/evidence/{id}/sample")
  String sample(
      Actor actor,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String outcome,
      @RequestParam(defaultValue = "") String comment,
      Model model) {
    try {
      sampling.sample(
          actor,
          id,
          new Sampling.SampleRequest(
              outcome.isBlank() ? null : outcome, comment.isBlank() ? null : comment));
    } catch (InvalidInputException e) {
      model.addAttribute(
          "sampleErrors",
          e.sentences(Map.of("outcome", "Sampling decision", "comment", "Comment")));
      return showEvidenceWithEmptyJudgement(actor, id, model);
    }
    return "redirect:/evidence/" + id + "?sampled";
  }

  /**
   * The item's page with its judgement form empty: as first shown, and after another form is
   * refused.
   */
  private String showEvidenceWithEmptyJudgement(Actor actor, String id, Model model) {
    return showEvidence(
        actor, id, new JudgementRequest(null, null, null, null, null), Map.of(), List.of(), model);
  }

  @PostMapping("/evidence/{id}/withdraw")
  String withdraw(
      Actor actor,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String withdrawReason,
      Model model) {
    try {
      withdrawals.withdraw(
          actor,
          id,
          new Withdrawals.WithdrawalRequest(withdrawReason.isBlank() ? null : withdrawReason));
    } catch (InvalidInputException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      e.sentences(Map.of("reason", "Why you withdraw it"))
          .forEach((k, v) -> errors.putIfAbsent("withdrawReason", v));
      model.addAttribute("withdrawErrors", errors);
      return showEvidenceWithEmptyJudgement(actor, id, model);
    }
    return "redirect:/evidence/" + id + "?withdrawn";
  }

  @PostMapping("/evidence/{id}/versions")
  String replaceFiles(
      Actor actor,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String replaceReason,
      @RequestParam(required = false) List<MultipartFile> newFiles,
      Model model) {
    List<IncomingFile> incoming = new ArrayList<>();
    for (MultipartFile f : newFiles == null ? List.<MultipartFile>of() : newFiles) {
      if (!f.isEmpty() || (f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())) {
        incoming.add(
            new IncomingFile(
                f.getOriginalFilename(), f.getContentType(), f.getSize(), f::getInputStream));
      }
    }
    Map<String, String> errors = new LinkedHashMap<>();
    try {
      versions.replace(
          actor,
          id,
          new FileVersions.VersionRequest(replaceReason.isBlank() ? null : replaceReason),
          incoming);
      return "redirect:/evidence/" + id + "?replaced";
    } catch (InvalidInputException e) {
      e.sentences(Map.of("reason", "Why you replace them", "files", "Files"))
          .forEach(
              (k, v) ->
                  errors.putIfAbsent(k.startsWith("files") ? "newFiles" : "replaceReason", v));
    } catch (RefusedFile e) {
      errors.put(
          "newFiles", "Files: " + e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
    }
    if (!incoming.isEmpty() && !errors.containsKey("newFiles")) {
      errors.put("newFiles", "Files: choose the files again (a browser does not keep them)");
    }
    model.addAttribute("replaceErrors", errors);
    model.addAttribute("replaceReason", replaceReason);
    return showEvidenceWithEmptyJudgement(actor, id, model);
  }

  /** A qualified assessor countersigns the trainee assessor's acceptance shown on the page. */
  @PostMapping("/evidence/{id}/countersign")
  String countersign(Actor actor, @PathVariable String id) {
    countersigning.countersign(actor, id);
    return "redirect:/evidence/" + id + "?countersigned";
  }

  @PostMapping("/evidence/{id}/suggestions/{criterionId}/confirm")
  String confirmSuggestion(Actor actor, @PathVariable String id, @PathVariable String criterionId) {
    suggestions.confirm(actor, id, criterionId);
    return "redirect:/evidence/" + id + "?confirmed=" + criterionId + "#suggestions";
  }

  @PostMapping("/evidence/{id}/suggestions/{criterionId}/reject")
  String rejectSuggestion(Actor actor, @PathVariable String id, @PathVariable String criterionId) {
    suggestions.reject(actor, id, criterionId);
    return "redirect:/evidence/" + id + "?rejected=" + criterionId + "#suggestions";
  }

  private String showEvidence(
      Actor actor,
      String id,
      JudgementRequest answers,
      Map<String, String> errors,
      List<Judgements.Concern> concerns,
      Model model) {
    LearnerRecords.ItemView view = records.item(actor, id);
    model.addAttribute("v", view);
    model.addAttribute("e", view.item().evidence());
    model.addAttribute("suggested", suggestions.forItem(actor, id));
    model.addAttribute("answers", answers);
    model.addAttribute("errors", errors);
    model.addAttribute("concerns", concerns);
    model.addAttribute(
        "proficiencies",
        catalogue.policy().proficiencyScale().stream().map(Proficiency::name).toList());
    model.addAttribute("catalogue", catalogue);
    model.addAttribute("token", UUID.randomUUID().toString());
    return "evidence/item";
  }
}
