package uk.attest.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.CatalogueLoader;
import uk.attest.catalogue.CriteriaCopy;
import uk.attest.catalogue.Criterion;
import uk.attest.catalogue.CriterionKind;
import uk.attest.catalogue.NosUnit;
import uk.attest.catalogue.importer.ImportException;

/**
 * A CASE package becomes a standard in criteria/: our own exports come back as the same criteria, a
 * real publisher's framework becomes performance criteria, and a broken package is refused naming
 * the JSON path at fault.
 */
class CaseImporterTest {
  private static final Path OPENSALT =
      Path.of("src/test/resources/case/opensalt-what-standards-could-be.json");
  @TempDir Path temp;

  /** What a criterion is, as a learner and an assessor see it. */
  record Seen(String id, CriterionKind kind, String text) {}

  private static List<Seen> seen(NosUnit unit) {
    return unit.criteria().stream()
        .map((Criterion c) -> new Seen(c.id(), c.kind(), c.text()))
        .toList();
  }

  @Test
  void everyNosUnitExportedToCaseAndImportedBackHasTheSameCriteria() throws IOException {
    Catalogue shipped = CatalogueLoader.load(Path.of("criteria"));
    CriteriaCopy copy = CriteriaCopy.of(temp);
    Path standards = copy.dir().resolve("standards");
    Path exports = temp.resolve("case");
    Files.createDirectories(exports);
    for (CasePackage p : new CasePackages(shipped, "http://localhost:8080").packages()) {
      Files.writeString(exports.resolve(p.fileName()), CaseJson.write(p.json()));
    }
    deleteAll(standards);
    for (NosUnit unit : shipped.units()) {
      CaseImporter.importFile(
          exports.resolve(unit.code() + ".json"),
          null,
          standards.resolve(unit.code() + ".yaml"),
          standards);
    }

    Catalogue back = CatalogueLoader.load(copy.dir());

    assertThat(back.units()).hasSameSizeAs(shipped.units());
    for (NosUnit unit : shipped.units()) {
      NosUnit imported = back.unit(unit.code()).orElseThrow();
      assertThat(imported.title()).isEqualTo(unit.title());
      assertThat(imported.level()).isEqualTo(unit.level());
      assertThat(imported.suite()).isEqualTo(unit.suite());
      assertThat(imported.overview()).isEqualTo(unit.overview());
      assertThat(seen(imported)).as(unit.code()).isEqualTo(seen(unit));
    }
  }

  @Test
  void aRealPublishersFrameworkBecomesAUnitWhoseUnderstandItemsAreKnowledgeAndTheRestPerformance()
      throws IOException {
    JsonNode source = JsonMapper.builder().build().readTree(Files.readString(OPENSALT));
    CriteriaCopy copy = CriteriaCopy.of(temp);
    Path out = copy.dir().resolve("standards/imported/what-standards-could-be.yaml");

    uk.attest.catalogue.importer.ImportedStandard result =
        CaseImporter.importFile(OPENSALT, 3, out, null);
    NosUnit unit = CatalogueLoader.load(copy.dir()).unit(result.code()).orElseThrow();

    assertThat(unit.code()).isEqualTo("WhatStandardsCouldBe");
    assertThat(unit.title()).isEqualTo("What Standards Could Be");
    assertThat(unit.developedBy()).isEqualTo("Brandon Dorman");
    assertThat(unit.level()).isEqualTo(3);
    List<String> statements = new java.util.ArrayList<>();
    source.get("CFItems").forEach(i -> statements.add(i.get("fullStatement").asString().strip()));
    assertThat(unit.criteria())
        .extracting(Criterion::text)
        .containsExactlyInAnyOrderElementsOf(statements);
    assertThat(unit.criteria())
        .filteredOn(c -> c.kind() == CriterionKind.KNOWLEDGE)
        .extracting(Criterion::localId, Criterion::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "K1", "Understand ratio concepts and use ratio reasoning to solve problems."),
            org.assertj.core.groups.Tuple.tuple(
                "K2",
                "Understand the concept of a ratio and use ratio language to describe a ratio"
                    + " relationship between two quantities."),
            org.assertj.core.groups.Tuple.tuple(
                "K3",
                "Understand the concept of a unit rate a/b associated with a ratio a:b with b ≠ 0,"
                    + " and use rate language in the context of a ratio relationship."));
    assertThat(unit.criteria()).filteredOn(c -> c.kind() == CriterionKind.PERFORMANCE).hasSize(13);
    assertThat(unit.criteria().get(0))
        .extracting(Criterion::id, Criterion::text)
        .containsExactly(
            "WhatStandardsCouldBe.P1",
            "Analyze proportional relationships and use them to solve real-world and mathematical"
                + " problems.");
    assertThat(Files.readString(out))
        .contains("P1 = CCSS.Math.Content.7.RP.A ddcf67a6-abf2-4df1-8d95-8752d65f0ec2");
  }

  @Test
  void aPackageWithoutItsDocumentIsRefusedNamingThePath() {
    assertThatThrownBy(() -> CaseImporter.convert("{\"CFItems\": []}", 3, "x.json"))
        .isInstanceOf(ImportException.class)
        .hasMessage("x.json: $.CFDocument: missing; a CASE package has one CFDocument object");
  }

  @Test
  void anItemWithoutTextAndATitleThatIsNotTextAreEachNamed() {
    String json =
        """
        {"CFDocument": {"title": 7},
         "CFItems": [{"fullStatement": "plan the week", "humanCodingScheme": "P1"},
                     {"humanCodingScheme": "P2"},
                     {"fullStatement": "again", "humanCodingScheme": "P1"}]}
        """;
    assertThatThrownBy(() -> CaseImporter.convert(json, 3, "x.json"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("$.CFDocument.title: must be text, found number")
        .hasMessageContaining("$.CFItems[1].fullStatement: missing")
        .hasMessageContaining("$.CFItems[2].humanCodingScheme: P1 again (first at $.CFItems[0])");
  }

  @Test
  void aFrameworkWithNothingToKnowIsRefusedBecauseAStandardNeedsKnowledge() {
    String json =
        """
        {"CFDocument": {"title": "Plan"}, "CFItems": [{"fullStatement": "plan the week"}]}
        """;
    assertThatThrownBy(() -> CaseImporter.convert(json, 3, "x.json"))
        .hasMessageContaining(
            "$.CFItems: no knowledge item (no item typed Knowledge or beginning \"Understand\" or"
                + " \"Know\"); an Attest standard needs at least one");
  }

  @Test
  void aPackageWithNoLevelAsksForOne() {
    String json =
        """
        {"CFDocument": {"title": "Plan"},
         "CFItems": [{"fullStatement": "plan"}, {"fullStatement": "Know the plan"}]}
        """;
    assertThatThrownBy(() -> CaseImporter.convert(json, null, "x.json"))
        .hasMessageContaining("--level N");
    Map<String, Object> unit = CaseImporter.convert(json, 2, "x.json");
    assertThat(unit).containsEntry("code", "Plan").containsEntry("level", 2);
  }

  @Test
  void headingsInANosLikePackageAreNotCriteriaAndPrefixedCodesKeepTheirNumbers() {
    String json =
        """
        {"CFDocument": {"title": "Lead a team", "extensions": {"humanCodingScheme": "ABC12"}},
         "CFItems": [{"fullStatement": "You must be able to", "humanCodingScheme": "ABC12.PC"},
                     {"fullStatement": "know the law", "humanCodingScheme": "ABC12.K3"},
                     {"fullStatement": "brief the team", "humanCodingScheme": "ABC12.P2"}]}
        """;
    Map<String, Object> unit = CaseImporter.convert(json, 4, "x.json");
    assertThat(unit).containsEntry("code", "ABC12");
    assertThat(unit.get("performanceCriteria"))
        .isEqualTo(List.of(Map.of("id", "P2", "text", "brief the team")));
    assertThat(unit.get("knowledge"))
        .isEqualTo(List.of(Map.of("id", "K3", "text", "know the law")));
  }

  private static void deleteAll(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
