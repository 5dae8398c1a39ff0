package uk.attest.reports.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.attest.reports.AuditReading;
import uk.attest.shared.Actor;

/** A learner's history: every change to their records, as sentences, newest first. */
@Controller
class HistoryPage {
  private final AuditReading audit;

  HistoryPage(AuditReading audit) {
    this.audit = audit;
  }

  @GetMapping("/learners/{id}/history")
  String history(Actor actor, @PathVariable String id, Model model) {
    model.addAttribute("history", audit.history(actor, id));
    return "reports/history";
  }
}
