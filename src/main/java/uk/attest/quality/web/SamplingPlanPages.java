package uk.attest.quality.web;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.attest.accounts.Access;
import uk.attest.quality.SamplingPlans;
import uk.attest.shared.Actor;

/**
 * The sampling plan as pages: the IQA works their centre's plan at /iqa/plan; an awarding body's
 * quality assurer reads a centre's at /centres/{id}/sampling. Both show the same plan.
 */
@Controller
class SamplingPlanPages {
  private final SamplingPlans plans;

  SamplingPlanPages(SamplingPlans plans) {
    this.plans = plans;
  }

  @GetMapping("/iqa/plan")
  String mine(
      Actor actor,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      Model model) {
    Access.require(actor.iqaCentreId() != null, "the sampling plan is a centre IQA's page");
    return show(actor, actor.iqaCentreId(), from, to, "/iqa/plan", model);
  }

  @GetMapping("/centres/{id}/sampling")
  String centre(
      Actor actor,
      @PathVariable String id,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      Model model) {
    return show(actor, id, from, to, "/centres/" + id + "/sampling", model);
  }

  private String show(
      Actor actor, String centreId, LocalDate from, LocalDate to, String self, Model model) {
    model.addAttribute("plan", plans.plan(actor, centreId, from, to));
    model.addAttribute("self", self);
    model.addAttribute("iqa", actor.iqaCentreId() != null && actor.iqaCentreId().equals(centreId));
    return "quality/plan";
  }
}
