package uk.attest.catalogue.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.CatalogueLoader;
import uk.attest.catalogue.CriteriaCopy;
import uk.attest.catalogue.NosUnit;

/** A NOS from the UK NOS database's JSON export becomes an Attest unit, Welsh intact. */
class NosJsonImporterTest {
  static final Path SAMPLE = Path.of("examples/nos/ATTSAMPLE1.json");

  @TempDir Path temp;

  @Test
  void performanceCriteriaAndKnowledgeAreReadFromTheHtmlOrderedLists() throws IOException {
    Map<String, Object> unit = NosJsonImporter.convert(Files.readString(SAMPLE), 3, "sample");
    assertThat(unit.get("code")).isEqualTo("ATTSAMPLE1");
    assertThat((List<?>) unit.get("performanceCriteria")).hasSize(6);
    assertThat((List<?>) unit.get("knowledge")).hasSize(5);
    String all = unit.toString();
    assertThat(all).doesNotContain("<li>", "<strong>", "&amp;", "&rsquo;", "&nbsp;");
    assertThat(all).contains("customer’s", "&");
  }

  @Test
  void welshTwinsAreCarriedWithTheirLettersIntact() throws IOException {
    Map<String, Object> unit = NosJsonImporter.convert(Files.readString(SAMPLE), 3, "sample");
    String welsh = unit.get("welsh").toString();
    assertThat(welsh).contains("ŵ", "ŷ", "â");
    @SuppressWarnings("unchecked")
    Map<String, Object> p1 = ((List<Map<String, Object>>) unit.get("performanceCriteria")).get(0);
    assertThat(p1.get("welsh")).asString().contains("adnabod y cwsmer");
  }

  @Test
  void theImportedUnitLoadsIntoTheCatalogueWithEveryCriterion() throws IOException {
    CriteriaCopy copy = CriteriaCopy.of(temp);
    var result = NosJsonImporter.importFile(SAMPLE, 3, null, copy.dir().resolve("standards"));
    assertThat(result.written())
        .isEqualTo(copy.dir().resolve("standards/imported/ATTSAMPLE1.yaml"));
    Catalogue catalogue = CatalogueLoader.load(copy.dir());
    NosUnit unit = catalogue.unit("ATTSAMPLE1").orElseThrow();
    assertThat(unit.level()).isEqualTo(3);
    assertThat(unit.criteria())
        .extracting(c -> c.localId())
        .containsExactly("P1", "P2", "P3", "P4", "P5", "P6", "K1", "K2", "K3", "K4", "K5");
    assertThat(unit.dateApproved()).hasToString("2024-03-15");
    assertThat(Files.readString(result.written())).contains("ŵ").contains("Scope_range");
  }

  @Test
  void textThatIsNotJsonIsRejectedNamingTheFile() {
    assertThatThrownBy(() -> NosJsonImporter.convert("<html>", 3, "nos.json"))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("nos.json: not JSON");
  }

  @Test
  void aNosWithoutCriteriaSaysWhichFieldsAreEmpty() {
    assertThatThrownBy(
            () ->
                NosJsonImporter.convert(
                    "{\"URN\": \"X1\", \"Title\": \"T\", \"Performance_criteria\": \"<p>none</p>\"}",
                    3,
                    "nos.json"))
        .hasMessage(
            "nos.json: cannot import this NOS: Performance_criteria: no <li> items found; Knowledge_and_understanding: no <li> items found");
  }

  @Test
  void entitiesAndNestedTagsBecomePlainText() {
    assertThat(NosJsonImporter.plain("<p>a &amp; b&nbsp;<strong>c</strong> &#372;&#x0175;</p>"))
        .isEqualTo("a & b c Ŵŵ");
  }

  @Test
  void anEntityThatIsNoCharacterIsKeptAsWritten() {
    assertThat(NosJsonImporter.plain("<p>Bad &#x110000; and &#12a; entity</p>"))
        .isEqualTo("Bad &#x110000; and &#12a; entity");
  }

  @Test
  void listItemsInCarriedFieldsStayOnLinesOfTheirOwn() {
    assertThat(NosJsonImporter.plain("<ul>\n<li>late deliveries</li><li>damaged goods</li></ul>"))
        .isEqualTo("- late deliveries\n- damaged goods");
  }
}
