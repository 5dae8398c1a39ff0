package uk.attest.evidence.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.Assessment.CriterionView;
import uk.attest.assessment.NextSteps;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.RoleFramework;
import uk.attest.evidence.LearnerRecords;
import uk.attest.shared.Actor;
import uk.attest.shared.NotFoundException;

/**
 * A learner's page: their competency matrix as a heat map, what is left to do, gaps, progression
 * and time to competency, and their evidence; and one assessment criterion's reasons in full.
 */
@Controller
class LearnerPages {
  private final LearnerRecords records;
  private final Catalogue catalogue;

  LearnerPages(LearnerRecords records, Catalogue catalogue) {
    this.records = records;
    this.catalogue = catalogue;
  }

  @GetMapping("/learners/{id}")
  String learner(Actor actor, @PathVariable String id, HttpServletRequest request, Model model) {
    LearnerRecords.Overview o = records.overview(actor, id);
    model.addAttribute("o", o);
    model.addAttribute("a", o.assessment());
    model.addAttribute(
        "rows",
        LearnerPageRows.of(
            request.getContextPath(), o.learner().id(), o.assessment(), o.evidence()));
    model.addAttribute("steps", NextSteps.of(o.assessment(), o.names()));
    model.addAttribute("roles", roleTitles());
    return "evidence/learner";
  }

  /** One assessment criterion (e.g. U502/2.1): every reason, the NOS criteria it maps to. */
  @GetMapping("/learners/{id}/criterion")
  String criterion(
      Actor actor, @PathVariable String id, @RequestParam("ac") String acId, Model model) {
    LearnerRecords.Overview o = records.overview(actor, id);
    Assessment a = o.assessment();
    var unit =
        a.qualification().units().stream()
            .filter(u -> u.criteria().stream().anyMatch(c -> c.id().equals(acId)))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("assessment criterion", acId));
    CriterionView ac =
        unit.criteria().stream().filter(c -> c.id().equals(acId)).findFirst().orElseThrow();
    Map<String, CriterionView> nos =
        a.standards().stream()
            .flatMap(s -> s.criteria().stream())
            .collect(Collectors.toMap(CriterionView::id, Function.identity(), (x, y) -> x));
    List<CriterionView> mapped =
        ac.mapped().stream().map(nos::get).filter(java.util.Objects::nonNull).toList();
    model.addAttribute("o", o);
    model.addAttribute("unit", unit);
    model.addAttribute("ac", ac);
    model.addAttribute("mapped", mapped);
    model.addAttribute(
        "titles",
        o.evidence().stream()
            .collect(
                Collectors.toMap(i -> i.evidence().id(), i -> i.evidence().title(), (x, y) -> x)));
    return "evidence/criterion";
  }

  private Map<String, String> roleTitles() {
    return catalogue.roles().stream()
        .collect(Collectors.toMap(RoleFramework::id, RoleFramework::title));
  }
}
