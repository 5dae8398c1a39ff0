package uk.attest.catalogue.web;

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
@RestController
@RequestMapping("/api")
class CatalogueController {
  private final Catalogue catalogue;

  CatalogueController(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping("/standards")
  List<NosUnit> standards() {
    return catalogue.units();
  }

  @GetMapping("/standards/{code}")
  NosUnit standard(@PathVariable String code) {
    return catalogue.unit(code).orElseThrow(() -> new NotFoundException("standard", code));
  }

  @GetMapping("/qualifications")
  List<Qualification> qualifications() {
    return catalogue.qualifications();
  }

  @GetMapping("/qualifications/{id}")
  Qualification qualification(@PathVariable String id) {
    return catalogue
        .qualification(id)
        .orElseThrow(() -> new NotFoundException("qualification", id));
  }

  /** A criterion found by text: a NOS criterion or a qualification's assessment criterion. */
  record CriterionMatch(String id, String kind, String text, String unit, String unitTitle) {}

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

  @GetMapping("/roles")
  List<RoleFramework> roles() {
    return catalogue.roles();
  }

  @GetMapping("/roles/{id}")
  RoleFramework role(@PathVariable String id) {
    return catalogue.role(id).orElseThrow(() -> new NotFoundException("role", id));
  }
}
