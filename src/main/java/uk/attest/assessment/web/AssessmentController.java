package uk.attest.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.attest.assessment.AssessmentEngine;
import uk.attest.assessment.AssessmentJson;
import uk.attest.assessment.BundleReader;
import uk.attest.catalogue.Catalogue;
import uk.attest.shared.Dates;

/**
 * Assesses an evidence bundle posted as JSON (the same assessment, byte for byte, as the CLI), and
 * says which catalogue and ruleset assessments are made with.
 */
@Tag(
    name = "Assessment",
    description =
        "Assess an evidence bundle as the command line does, and the versions assessments are made with.")
@RestController
class AssessmentController {
  private final AssessmentEngine engine;
  private final java.time.Clock clock;

  AssessmentController(AssessmentEngine engine, java.time.Clock clock) {
    this.engine = engine;
    this.clock = clock;
  }

  /** What assessments are made with: the catalogue and ruleset versions, and what they hold. */
  record Versions(
      String catalogueVersion,
      String rulesetVersion,
      int standards,
      int qualifications,
      int roles) {}

  @Operation(summary = "The catalogue and ruleset versions assessments are made with")
  @GetMapping("/api/catalogue")
  Versions versions() {
    Catalogue catalogue = engine.catalogue();
    return new Versions(
        catalogue.version(),
        engine.rulesetVersion(),
        catalogue.units().size(),
        catalogue.qualifications().size(),
        catalogue.roles().size());
  }

  @Operation(summary = "Assess an evidence bundle, as the command line does")
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
