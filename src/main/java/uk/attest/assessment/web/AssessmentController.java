package uk.attest.assessment.web;

import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.attest.assessment.AssessmentEngine;
import uk.attest.assessment.AssessmentJson;
import uk.attest.assessment.BundleReader;
import uk.attest.shared.Dates;

/** Assesses an evidence bundle posted as JSON: the same assessment, byte for byte, as the CLI. */
@RestController
class AssessmentController {
  private final AssessmentEngine engine;
  private final java.time.Clock clock;

  AssessmentController(AssessmentEngine engine, java.time.Clock clock) {
    this.engine = engine;
    this.clock = clock;
  }

  @PostMapping(
      value = "/api/assessments",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  String assess(@RequestBody String bundle, @RequestParam(required = false) LocalDate date) {
    LocalDate on = date != null ? date : Dates.today(clock);
    return AssessmentJson.write(
        engine.assess(BundleReader.read(bundle, engine.catalogue(), on), on));
  }
}
