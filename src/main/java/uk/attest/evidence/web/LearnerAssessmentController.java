package uk.attest.evidence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.attest.assessment.AssessmentJson;
import uk.attest.evidence.AssessmentRecord;
import uk.attest.evidence.LearnerAssessments;
import uk.attest.shared.Actor;

/** A learner's assessment now (the same JSON as the CLI) and every assessment kept before. */
@Tag(
    name = "Learner assessments",
    description = "A learner's assessment now or on a date, and every assessment kept.")
@RestController
class LearnerAssessmentController {
  private final LearnerAssessments assessments;

  LearnerAssessmentController(LearnerAssessments assessments) {
    this.assessments = assessments;
  }

  @Operation(summary = "A learner's assessment today, or as things stood on a date")
  @GetMapping(value = "/api/learners/{id}/assessment", produces = MediaType.APPLICATION_JSON_VALUE)
  String current(
      Actor actor, @PathVariable String id, @RequestParam(required = false) LocalDate date) {
    return AssessmentJson.write(
        assessments.current(actor, id, date == null ? assessments.today() : date));
  }

  /** Newest first; at most {@code limit} (default 100, at most 1000). */
  @Operation(summary = "Every assessment kept for a learner, newest first")
  @GetMapping("/api/learners/{id}/assessments")
  List<AssessmentRecord> history(
      Actor actor, @PathVariable String id, @RequestParam(defaultValue = "100") int limit) {
    if (limit < 1 || limit > 1000) {
      throw new uk.attest.shared.InvalidInputException("limit", "must be from 1 to 1000");
    }
    return assessments.history(actor, id).stream().limit(limit).toList();
  }

  @Operation(summary = "One kept assessment, as it was made")
  @GetMapping(
      value = "/api/learners/{id}/assessments/{recordId}",
      produces = MediaType.APPLICATION_JSON_VALUE)
  String recorded(Actor actor, @PathVariable String id, @PathVariable String recordId) {
    return assessments.recorded(actor, id, recordId);
  }
}
