package uk.attest.catalogue.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.attest.catalogue.CatalogueLoader;
import uk.attest.catalogue.CriteriaCopy;
import uk.attest.catalogue.RoleFramework;
import uk.attest.catalogue.RoleFramework.Competency;

/** A role profile in the seeds' format becomes a role framework with nothing dropped. */
class RoleProfileImporterTest {
  static final Path HEAD = Path.of("examples/profiles/head-of-e-commerce-sales.txt");
  static final Path DIRECTOR = Path.of("examples/profiles/director-of-digital-commerce.txt");
  static final Path MANAGER = Path.of("examples/profiles/e-commerce-sales-manager.txt");

  @TempDir Path temp;

  static Stream<Arguments> profiles() {
    return Stream.of(
        Arguments.of(
            HEAD,
            "head-of-e-commerce-sales",
            "Head of E-commerce Sales",
            5,
            "head-of-e-commerce-sales.expected.txt"),
        Arguments.of(
            DIRECTOR,
            "director-of-digital-commerce",
            "Director of Digital Commerce",
            6,
            "director-of-digital-commerce.expected.txt"),
        Arguments.of(
            MANAGER,
            "e-commerce-sales-manager",
            "E-commerce Sales Manager",
            4,
            "ecommerce-sales-manager-l4.expected.txt"));
  }

  private static RoleFramework parse(Path profile) throws IOException {
    return RoleProfileImporter.parse(Files.readString(profile), profile.toString());
  }

  /** "KIND\tname\tlevel" lines from the hand-checked oracle file. */
  private static List<String> expectedCompetencies(String oracle) throws IOException {
    return Files.readAllLines(Path.of("src/test/resources/profiles", oracle)).stream()
        .filter(l -> l.matches("^(FOUNDATION|TECHNICAL|TOOL|INDUSTRY|REGULATION)\t.*"))
        .toList();
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void theFrameworksCompetenciesMatchTheProfilesItemsOneForOne(
      Path profile, String id, String title, int level, String oracle) throws IOException {
    RoleFramework f = parse(profile);
    assertThat(f.id()).isEqualTo(id);
    assertThat(f.title()).isEqualTo(title);
    assertThat(f.level()).isEqualTo(level);
    List<String> actual =
        f.competencies().stream()
            .map(
                c ->
                    c.kind()
                        + "\t"
                        + c.name()
                        + "\t"
                        + (c.proficiency() == null ? "-" : c.proficiency()))
            .toList();
    assertThat(actual).containsExactlyElementsOf(expectedCompetencies(oracle));
  }

  @Test
  void foundationCategoriesKeepTheirSkillsAndOtherItemsTheirDescriptions() throws IOException {
    RoleFramework head = parse(HEAD);
    Competency strategic = head.competencies().get(0);
    assertThat(strategic.skills()).hasSize(3);
    assertThat(strategic.skills().get(2)).startsWith("Resource allocation and prioritisation");
    Competency ga4 =
        head.competencies().stream()
            .filter(c -> c.id().equals("google-analytics-4-ga4"))
            .findFirst()
            .orElseThrow();
    assertThat(ga4.description()).startsWith("Defining the overall analytics strategy");
    assertThat(ga4.proficiency()).isEqualTo("Expert");
  }

  @Test
  void metricsKeepTheEvidenceExpectedForQualitativeOnes() throws IOException {
    RoleFramework head = parse(HEAD);
    assertThat(head.metrics()).hasSize(7);
    RoleFramework.Metric roadmap =
        head.metrics().stream()
            .filter(m -> m.name().equals("Strategic Roadmap Delivery"))
            .findFirst()
            .orElseThrow();
    assertThat(roadmap.quantitative()).isFalse();
    assertThat(roadmap.evidence()).startsWith("Roadmap is clearly articulated");
    RoleFramework.Metric gmv = head.metrics().get(0);
    assertThat(gmv.target()).startsWith("Achieve 20% year-on-year growth");
    assertThat(gmv.frequency()).isEqualTo("Daily, Weekly, Monthly, Quarterly");
  }

  @Test
  void responsibilitiesAndProgressionPathwaysAreRead() throws IOException {
    RoleFramework head = parse(HEAD);
    assertThat(head.responsibilities()).hasSize(9);
    assertThat(head.responsibilities().get(0).text())
        .startsWith("Define the 1-3 year e-commerce sales strategy");
    assertThat(head.progression())
        .extracting(RoleFramework.Pathway::title, RoleFramework.Pathway::level)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Director of Digital Commerce", 6),
            org.assertj.core.groups.Tuple.tuple("Head of Digital Product", 5));
    assertThat(head.progression().get(0).typicalTime())
        .isEqualTo("3-5 years in the Head of E-commerce Sales role");
    assertThat(head.entryPaths())
        .extracting(RoleFramework.Pathway::title, RoleFramework.Pathway::level)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("E-commerce Sales Manager", 4),
            org.assertj.core.groups.Tuple.tuple(
                "Senior E-commerce Specialist at a larger organisation", 3));
  }

  @Test
  void sectionsTheFrameworkDoesNotModelAreKeptAsNotes() throws IOException {
    RoleFramework head = parse(HEAD);
    assertThat(head.notes())
        .containsKeys(
            "Primary Traits",
            "Sensory Considerations",
            "Preferred Certifications",
            "Decision-Making Authority");
    // Lines of a modelled section that it does not use are kept too.
    assertThat(head.notes().get("Experience Levels Responsibilities"))
        .contains("- Supervision:", "- Decision:", "- Success:");
    assertThat(head.notes().get("Quantitative Metrics")).isNull();
    // The AI-tool lines between Decision-Making Authority and the competencies are kept.
    assertThat(head.notes().get("Decision-Making Authority"))
        .contains("Expect to save 15-25 hours weekly");
  }

  @Test
  void aFileThatIsNotARoleProfileIsRejected() {
    assertThatThrownBy(
            () -> RoleProfileImporter.parse("Dear team,\n- Item: lunch is at one\n", "memo.txt"))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "memo.txt: not a role profile: none of the sections Experience Levels Responsibilities, "
                + "Foundation Skills (Transferable), Technical Competencies was found");
  }

  @Test
  void aProfileMissingASectionSaysWhich() throws IOException {
    String text = Files.readString(HEAD).replace("Technical Competencies\n", "Technical Skills\n");
    assertThatThrownBy(() -> RoleProfileImporter.parse(text, "head.txt"))
        .hasMessage("head.txt: role profile is missing the section(s) Technical Competencies");
  }

  @Test
  void aProfileWithoutAUsableLevelLineSaysWhatItExpected() throws IOException {
    String text =
        Files.readString(HEAD)
            .replace("- Level: Head of E-commerce Sales (L5)", "- Level: Head of E-commerce Sales");
    assertThatThrownBy(() -> RoleProfileImporter.parse(text, "head.txt"))
        .hasMessageContaining(
            "expected a line like '- Level: Head of E-commerce Sales (L5)', found '- Level: Head of E-commerce Sales'");
  }

  @Test
  void reimportingKeepsTheEvidencedByMappingsOfTheShippedFramework() throws IOException {
    CriteriaCopy copy = CriteriaCopy.of(temp);
    Path target = copy.dir().resolve("roles/head-of-e-commerce-sales.yaml");
    String before = Files.readString(target);
    var result = RoleProfileImporter.importFile(HEAD, null, copy.dir().resolve("roles"));
    assertThat(result.written()).isEqualTo(target);
    assertThat(result.keptMappings()).isEqualTo(22 + 9);
    assertThat(Files.readString(target)).isEqualTo(before);
    CatalogueLoader.load(copy.dir());
  }

  @Test
  void aThirdProfileImportsIntoAFrameworkTheCatalogueLoads() throws IOException {
    CriteriaCopy copy = CriteriaCopy.of(temp);
    var result = RoleProfileImporter.importFile(MANAGER, null, copy.dir().resolve("roles"));
    assertThat(result.framework().competencies()).hasSize(17);
    assertThat(result.keptMappings()).isZero();
    var catalogue = CatalogueLoader.load(copy.dir());
    assertThat(catalogue.role("e-commerce-sales-manager")).isPresent();
    // Its first pathway leads to a role the catalogue knows.
    assertThat(catalogue.roleTitled(result.framework().nextRole().orElseThrow().title()))
        .isPresent();
    assertThat(Files.readString(result.written())).contains("Éire");
  }
}
