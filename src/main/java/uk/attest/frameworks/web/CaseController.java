package uk.attest.frameworks.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.attest.catalogue.Catalogue;
import uk.attest.frameworks.CasePackages;
import uk.attest.shared.NotFoundException;

/**
 * CASE 1.1 getAllCFDocuments and getCFPackage (REST binding §3): the catalogue's public frameworks,
 * open to anyone, as other CASE consumers expect to find them.
 */
@Tag(
    name = "CASE frameworks",
    description =
        "The NOS units and qualifications as 1EdTech CASE 1.1 frameworks; no sign-in needed.")
@RestController
@RequestMapping(CasePackages.PATH)
class CaseController {
  private final CasePackages packages;

  CaseController(Catalogue catalogue, CaseProperties properties) {
    this.packages = new CasePackages(catalogue, properties.baseUrl());
  }

  @Operation(summary = "List every framework's CFDocument (NOS units, then qualifications)")
  @GetMapping("/CFDocuments")
  Map<String, List<Map<String, Object>>> documents() {
    return Map.of("CFDocuments", packages.documents());
  }

  @Operation(summary = "Read one framework as a CFPackage: its document, items and associations")
  @GetMapping("/CFPackages/{sourcedId}")
  Map<String, Object> cfPackage(@PathVariable String sourcedId) {
    return packages
        .find(sourcedId)
        .orElseThrow(() -> new NotFoundException("CASE package", sourcedId))
        .json();
  }
}
