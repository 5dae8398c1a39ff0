package uk.attest.reports.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.attest.shared.Actor;

/**
 * The re-assessments an administrator follows from the administration page (awarding bodies see the
 * same list on their centres page). It lives here, not beside the other admin pages, because the
 * admin pages' module may not read evidence.
 */
@Controller
class ReassessmentPage {
  private final ReassessmentProgress progress;

  ReassessmentPage(ReassessmentProgress progress) {
    this.progress = progress;
  }

  @GetMapping("/admin/reassessments")
  String reassessments(Actor actor, Model model) {
    model.addAttribute("reassessments", progress.rows(actor));
    return "reports/reassessments";
  }
}
