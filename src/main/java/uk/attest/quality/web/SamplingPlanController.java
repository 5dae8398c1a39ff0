package uk.attest.quality.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.attest.quality.SamplingPlan;
import uk.attest.quality.SamplingPlan.Coverage;
import uk.attest.quality.SamplingPlans;
import uk.attest.shared.Actor;

/** A centre's sampling plan and its coverage, for its IQA and its awarding bodies' EQAs. */
@Tag(
    name = "Quality assurance",
    description = "A centre's sampling plan by risk, and how much of its work has been sampled.")
@RestController
class SamplingPlanController {
  private final SamplingPlans plans;

  SamplingPlanController(SamplingPlans plans) {
    this.plans = plans;
  }

  @Operation(
      summary = "The decisions the IQA should sample, and why",
      description =
          "Decisions made from `from` to `to` (both included; by default the policy's period up"
              + " to today), picked by the rules in rules/quality/, each with every reason.")
  @GetMapping("/api/centres/{id}/sampling-plan")
  SamplingPlan plan(
      Actor actor,
      @PathVariable String id,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to) {
    return plans.plan(actor, id, from, to);
  }

  @Operation(summary = "The share of decisions sampled per assessor, standard, method and stage")
  @GetMapping("/api/centres/{id}/sampling-plan/coverage")
  Coverage coverage(
      Actor actor,
      @PathVariable String id,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to) {
    return plans.plan(actor, id, from, to).coverage();
  }
}
