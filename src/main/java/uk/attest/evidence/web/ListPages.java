package uk.attest.evidence.web;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.Method;
import uk.attest.evidence.Caseloads;
import uk.attest.evidence.Caseloads.LearnerRow;
import uk.attest.shared.Actor;
import uk.attest.shared.Enums;

/** The lists people work from: an assessor's caseload and marking queue, an IQA's centre. */
@Controller
class ListPages {
  private final Caseloads caseloads;
  private final Catalogue catalogue;

  ListPages(Caseloads caseloads, Catalogue catalogue) {
    this.caseloads = caseloads;
    this.catalogue = catalogue;
  }

  /** The caseload, narrowed by name, by readiness, or to learners with items to judge. */
  @GetMapping("/caseload")
  String caseload(
      Actor actor,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "") String status,
      @RequestParam(defaultValue = "false") boolean awaiting,
      Model model) {
    List<LearnerRow> all = caseloads.caseload(actor);
    String name = q.strip().toLowerCase(Locale.ROOT);
    List<LearnerRow> shown =
        all.stream()
            .filter(
                r -> name.isEmpty() || r.learner().name().toLowerCase(Locale.ROOT).contains(name))
            .filter(
                r ->
                    status.isEmpty()
                        || (r.readiness() != null && status.equals(r.readiness().status())))
            .filter(r -> !awaiting || r.awaiting() > 0)
            .toList();
    model.addAttribute("all", all);
    model.addAttribute("rows", shown);
    model.addAttribute("q", q);
    model.addAttribute("status", status);
    model.addAttribute("awaiting", awaiting);
    model.addAttribute("toJudge", all.stream().mapToInt(LearnerRow::awaiting).sum());
    model.addAttribute("toCountersign", caseloads.toCountersign(actor).size());
    return "evidence/caseload";
  }

  @GetMapping("/queue")
  String queue(Actor actor, Model model) {
    model.addAttribute("items", caseloads.queue(actor));
    model.addAttribute("countersign", caseloads.toCountersign(actor));
    return "evidence/queue";
  }

  @GetMapping("/iqa")
  String iqa(
      Actor actor,
      @RequestParam(defaultValue = "") String assessor,
      @RequestParam(defaultValue = "") String unit,
      @RequestParam(defaultValue = "") String method,
      Model model) {
    Method chosen = Enums.named(Method.class, method).orElse(null);
    model.addAttribute(
        "centre",
        caseloads.centre(
            actor,
            new Caseloads.Filter(
                assessor.isBlank() ? null : assessor, unit.isBlank() ? null : unit, chosen)));
    model.addAttribute("assessor", assessor);
    model.addAttribute("unit", unit);
    model.addAttribute("method", method);
    model.addAttribute("methods", Method.values());
    model.addAttribute("units", catalogue.units());
    return "evidence/iqa";
  }
}
