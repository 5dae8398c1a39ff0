package uk.attest.evidence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.attest.evidence.Reassessments;
import uk.attest.shared.Actor;

/** Progress of the re-assessments that follow a change of ruleset or catalogue. */
@Tag(name = "Assessments")
@RestController
class ReassessmentController {
  private final Reassessments reassessments;

  ReassessmentController(Reassessments reassessments) {
    this.reassessments = reassessments;
  }

  @Operation(
      summary = "Re-assessments after a ruleset or catalogue change, newest first",
      description =
          "Each names the versions, its status (RUNNING or DONE) and how many learners it has"
              + " re-assessed of how many. Admins and awarding bodies.")
  @GetMapping("/api/reassessments")
  List<Reassessments.Job> jobs(Actor actor) {
    return reassessments.jobs(actor);
  }
}
