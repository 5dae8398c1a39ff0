package uk.attest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.attest.Shipped;

/** The content Attest ships: an E-commerce Leadership suite, two diplomas and two mapped roles. */
class ShippedCatalogueTest {
  private static final Catalogue CATALOGUE = Shipped.CATALOGUE;

  @Test
  void theSuiteHasAtLeastTwelveUnitsWordedWithinNosLimits() {
    var suite =
        CATALOGUE.units().stream().filter(u -> u.suite().equals("E-commerce Leadership")).toList();
    assertThat(suite).hasSizeGreaterThanOrEqualTo(12);
    for (NosUnit u : suite) {
      long pcs = u.criteria().stream().filter(c -> c.kind() == CriterionKind.PERFORMANCE).count();
      long ks = u.criteria().size() - pcs;
      assertThat(pcs).as(u.code() + " performance criteria").isBetween(4L, 10L);
      assertThat(ks).as(u.code() + " knowledge items").isBetween(3L, 8L);
      assertThat(u.overview()).as(u.code()).startsWith("This standard is about");
      assertThat(u.illustrative()).as(u.code()).isTrue();
    }
  }

  @Test
  void everyRoleCompetencyAndResponsibilityIsEvidencedByNosCriteria() {
    for (RoleFramework role : CATALOGUE.roles()) {
      assertThat(role.competencies())
          .as(role.id())
          .allSatisfy(c -> assertThat(c.evidencedBy()).as(c.id()).isNotEmpty());
      assertThat(role.responsibilities())
          .as(role.id())
          .allSatisfy(r -> assertThat(r.evidencedBy()).as(r.id()).isNotEmpty());
    }
  }

  @Test
  void everyNosCriterionOfAQualificationUnitIsMappedByAnAssessmentCriterion() {
    for (Qualification q : CATALOGUE.qualifications()) {
      for (QualificationUnit u : q.units()) {
        Set<String> mapped = new HashSet<>();
        u.assessmentCriteria().forEach(ac -> mapped.addAll(ac.maps()));
        var nos = CATALOGUE.unit(u.nosCode()).orElseThrow();
        assertThat(mapped)
            .as(q.id() + " " + u.id())
            .containsAll(nos.criteria().stream().map(Criterion::id).toList());
        assertThat(u.level()).as(u.id() + " level").isEqualTo(nos.level());
      }
    }
  }

  @Test
  void theDiplomasAreSizedAndNumberedAsRqfDiplomas() {
    for (Qualification q : CATALOGUE.qualifications()) {
      assertThat(q.tqt()).isGreaterThanOrEqualTo(370);
      assertThat(q.credit()).isEqualTo(Math.round(q.tqt() / 10.0));
      assertThat(q.number()).matches("\\d{3}/\\d{4}/[0-9X]");
      assertThat(q.title()).contains("Diploma", "Level " + q.level());
      assertThat(q.illustrative()).isTrue();
      assertThat(q.rules().groups()).anyMatch(g -> g.mandatory()).anyMatch(g -> !g.mandatory());
    }
  }

  @Test
  void theFilesSayPlainlyThatTheContentIsIllustrativeAndNotAccredited() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("criteria/qualifications"))) {
      for (Path f : files.toList()) {
        assertThat(Files.readString(f)).as(f.toString()).contains("NOT accredited");
      }
    }
    try (Stream<Path> files = Files.list(Path.of("criteria/standards/ecommerce-leadership"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        assertThat(Files.readString(f)).as(f.toString()).contains("not an approved NOS");
      }
    }
  }

  @Test
  void theHeadOfEcommerceSalesProgressesToTheDirectorOfDigitalCommerce() {
    RoleFramework head = CATALOGUE.role("head-of-e-commerce-sales").orElseThrow();
    assertThat(CATALOGUE.roleTitled(head.nextRole().orElseThrow().title()))
        .map(RoleFramework::id)
        .contains("director-of-digital-commerce");
  }

  @Test
  void theCoveragePageNamesEveryCompetencyAndResponsibilityOfBothRoles() throws IOException {
    String coverage = Files.readString(Path.of("criteria/COVERAGE.md"));
    for (RoleFramework role : CATALOGUE.roles()) {
      role.competencies()
          .forEach(c -> assertThat(coverage).as(role.id()).contains("| " + c.name() + " |"));
      role.responsibilities()
          .forEach(r -> assertThat(coverage).contains("| responsibility " + r.id() + " |"));
    }
  }
}
