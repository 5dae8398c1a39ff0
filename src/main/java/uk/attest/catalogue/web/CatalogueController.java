package uk.attest.catalogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.NosUnit;
import uk.attest.catalogue.Qualification;
import uk.attest.catalogue.RoleFramework;
import uk.attest.shared.NotFoundException;

/** Read-only browsing of the catalogue: standards, qualifications and role frameworks. */
@Tag(
    name = "Catalogue",
    description = "The standards, qualifications and role frameworks Attest assesses against.")
@RestController
@RequestMapping("/api")
class CatalogueController {
  private final Catalogue catalogue;

  CatalogueController(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Operation(summary = "List the National Occupational Standards")
  @GetMapping("/standards")
  List<NosUnit> standards() {
    return catalogue.units();
  }

  @Operation(summary = "Read one standard with its criteria")
  @GetMapping("/standards/{code}")
  NosUnit standard(@PathVariable String code) {
    return catalogue.unit(code).orElseThrow(() -> new NotFoundException("standard", code));
  }

  @Operation(summary = "List the qualifications")
  @GetMapping("/qualifications")
  List<Qualification> qualifications() {
    return catalogue.qualifications();
  }

  @Operation(summary = "Read one qualification: units, outcomes, criteria, rules of combination")
  @GetMapping("/qualifications/{id}")
  Qualification qualification(@PathVariable String id) {
    return catalogue
        .qualification(id)
        .orElseThrow(() -> new NotFoundException("qualification", id));
  }

  /** A criterion found by text: a NOS criterion or a qualification's assessment criterion. */
  record CriterionMatch(String id, String kind, String text, String unit, String unitTitle) {}

  @Operation(summary = "Find criteria by code or words")
  @GetMapping("/criteria")
  List<CriterionMatch> searchCriteria(
      @org.springframework.web.bind.annotation.RequestParam("q") String q) {
    if (q == null || q.strip().length() < 2) {
      throw new uk.attest.shared.InvalidInputException(
          "q", "give at least 2 characters to search for");
    }
    String needle = q.strip().toLowerCase(java.util.Locale.ROOT);
    List<CriterionMatch> out = new java.util.ArrayList<>();
    for (NosUnit u : catalogue.units()) {
      for (var c : u.criteria()) {
        if (c.text().toLowerCase(java.util.Locale.ROOT).contains(needle)
            || c.id().toLowerCase(java.util.Locale.ROOT).contains(needle)) {
          out.add(new CriterionMatch(c.id(), c.kind().name(), c.text(), u.code(), u.title()));
        }
      }
    }
    for (Qualification qual : catalogue.qualifications()) {
      for (var unit : qual.units()) {
        for (var ac : unit.assessmentCriteria()) {
          if (ac.text().toLowerCase(java.util.Locale.ROOT).contains(needle)) {
            out.add(
                new CriterionMatch(
                    ac.id(),
                    "ASSESSMENT_CRITERION",
                    ac.text(),
                    unit.id(),
                    qual.id() + ": " + unit.title()));
          }
        }
      }
    }
    return out;
  }

  @Operation(summary = "List the role frameworks")
  @GetMapping("/roles")
  List<RoleFramework> roles() {
    return catalogue.roles();
  }

  @Operation(summary = "Read one role framework with its competencies")
  @GetMapping("/roles/{id}")
  RoleFramework role(@PathVariable String id) {
    return catalogue.role(id).orElseThrow(() -> new NotFoundException("role", id));
  }
}
