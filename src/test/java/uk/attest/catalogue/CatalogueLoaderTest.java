package uk.attest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.attest.catalogue.CriteriaCopy.ATTECL02;
import static uk.attest.catalogue.CriteriaCopy.L5;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading criteria/ fails with every problem, each naming the file, the line and what is wrong. */
class CatalogueLoaderTest {
  @TempDir Path temp;

  private List<CatalogueProblem> problems(CriteriaCopy copy) {
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(() -> CatalogueLoader.load(copy.dir()));
    assertThat(thrown).isInstanceOf(CatalogueException.class);
    return ((CatalogueException) thrown).problems();
  }

  private static CatalogueProblem only(List<CatalogueProblem> problems) {
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void theShippedCatalogueLoads() {
    Catalogue catalogue = CatalogueLoader.load(Path.of("criteria"));
    assertThat(catalogue.units()).hasSizeGreaterThanOrEqualTo(12);
    assertThat(catalogue.qualifications())
        .extracting(Qualification::level)
        .containsExactlyInAnyOrder(5, 6);
    assertThat(catalogue.roles())
        .extracting(RoleFramework::id)
        .containsExactlyInAnyOrder("head-of-e-commerce-sales", "director-of-digital-commerce");
  }

  @Test
  void malformedYamlIsReportedWithItsLine() {
    CriteriaCopy copy = CriteriaCopy.of(temp).replace(ATTECL02, "version: 1", "version: [1");
    CatalogueProblem p = problems(copy).get(0);
    assertThat(p.file()).isEqualTo(copy.path(ATTECL02));
    assertThat(p.message()).startsWith("malformed YAML");
    assertThat(p.line()).isGreaterThanOrEqualTo(copy.lineOf(ATTECL02, "version: [1"));
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    CriteriaCopy copy =
        CriteriaCopy.of(temp).replace(ATTECL02, "suite: E-commerce Leadership\n", "");
    CatalogueProblem p = only(problems(copy));
    assertThat(p.toString()).isEqualTo(copy.path(ATTECL02) + ":2: missing required field 'suite'");
  }

  @Test
  void aDuplicateKeyIsReportedWithBothLines() {
    CriteriaCopy copy =
        CriteriaCopy.of(temp).replace(ATTECL02, "version: 1\n", "version: 1\nversion: 2\n");
    CatalogueProblem p = only(problems(copy));
    assertThat(p.line()).isEqualTo(copy.lineOf(ATTECL02, "version: 2"));
    assertThat(p.message())
        .isEqualTo(
            "duplicate key 'version' (first at line " + copy.lineOf(ATTECL02, "version: 1") + ")");
  }

  @Test
  void aDuplicateNosCodeNamesBothFiles() {
    CriteriaCopy copy = CriteriaCopy.of(temp);
    copy.write("standards/copied/ATTECL02-copy.yaml", copy.read(ATTECL02));
    CatalogueProblem p = only(problems(copy));
    // Files are read in path order, so the copy comes first and the original is the duplicate.
    assertThat(p.file()).isEqualTo(copy.path(ATTECL02));
    assertThat(p.message())
        .isEqualTo(
            "duplicate NOS code 'ATTECL02' (also in "
                + copy.path("standards/copied/ATTECL02-copy.yaml")
                + ")");
  }

  @Test
  void aDuplicateCriterionIdInAUnitIsReported() {
    CriteriaCopy copy = CriteriaCopy.of(temp).replace(ATTECL02, "  - id: P2\n", "  - id: P1\n");
    List<CatalogueProblem> problems = problems(copy);
    // P2 is gone, so the qualification's reference to it is reported in the same run.
    assertThat(problems)
        .extracting(CatalogueProblem::message)
        .contains(
            "duplicate criterion id 'P1' in this unit", "unknown NOS criterion 'ATTECL02.P2'");
    assertThat(problems.get(0).line())
        .isEqualTo(copy.lineOf(ATTECL02, "  - id: P1\n".strip()) + countBefore(copy));
  }

  private static int countBefore(CriteriaCopy copy) {
    // The duplicate is the second "- id: P1" line; its line is that of the first plus the lines
    // between.
    String text = copy.read(ATTECL02);
    int first = text.indexOf("- id: P1");
    int second = text.indexOf("- id: P1", first + 1);
    return (int) text.substring(first, second).chars().filter(c -> c == '\n').count();
  }

  @Test
  void aReferenceToAnUnknownCriterionNamesItsLine() {
    CriteriaCopy copy =
        CriteriaCopy.of(temp).replace(L5, "maps: [ATTECL02.K1]", "maps: [ATTECL02.K99]");
    CatalogueProblem p = only(problems(copy));
    assertThat(p.message()).isEqualTo("unknown NOS criterion 'ATTECL02.K99'");
    assertThat(p.line()).isEqualTo(copy.lineOf(L5, "ATTECL02.K99"));
    assertThat(p.where()).isEqualTo("units[0].learningOutcomes[0].assessmentCriteria[0].maps");
  }

  @Test
  void aReferenceToAnUnknownUnitIsReported() {
    CriteriaCopy copy =
        CriteriaCopy.of(temp)
            .replace(L5, "nos: ATTECL02", "nos: ATTECL99")
            .replace(L5, "U505, U506", "U595, U506");
    assertThat(problems(copy))
        .extracting(CatalogueProblem::message)
        .contains(
            "unknown NOS unit 'ATTECL99'", "unknown unit 'U595'", "unit 'U505' is in no group");
  }

  @Test
  void aQualificationNumberOfTheWrongShapeIsRefused() {
    CriteriaCopy copy =
        CriteriaCopy.of(temp).replace(L5, "number: 699/9001/5", "number: 699-9001-5");
    CatalogueProblem p = only(problems(copy));
    assertThat(p.line()).isEqualTo(copy.lineOf(L5, "number: 699-9001-5"));
    assertThat(p.message()).contains("'699-9001-5' must look like NNN/NNNN/C");
  }

  @Test
  void aUnitReferenceNumberOfTheWrongShapeIsRefused() {
    CriteriaCopy copy = CriteriaCopy.of(temp).replace(L5, "ref: Z/699/9501", "ref: Z/6999/501");
    CatalogueProblem p = only(problems(copy));
    assertThat(p.message())
        .contains("unit reference number 'Z/6999/501' must look like L/NNN/NNNN");
    assertThat(p.line()).isEqualTo(copy.lineOf(L5, "Z/6999/501"));
  }

  @Test
  void creditMustBeTqtDividedByTen() {
    CriteriaCopy copy = CriteriaCopy.of(temp).replace(L5, "tqt: 400", "tqt: 460");
    CatalogueProblem p = only(problems(copy));
    assertThat(p.message()).isEqualTo("credit 40 must equal TQT ÷ 10 rounded (TQT 460 gives 46)");
    assertThat(p.line()).isEqualTo(copy.lineOf(L5, "credit: 40"));
  }

  @Test
  void rulesOfCombinationThatNoChoiceOfUnitsCanSatisfyAreRefused() {
    // Group A's units hold 24 credits, so a 25-credit minimum can never be met.
    CriteriaCopy copy =
        CriteriaCopy.of(temp)
            .replace(
                L5,
                "minimumCredits: 10\n      maximumCredits: 20",
                "minimumCredits: 25\n      maximumCredits: 30");
    CatalogueProblem p = only(problems(copy));
    assertThat(p.where()).isEqualTo("rulesOfCombination");
    assertThat(p.message())
        .startsWith("no choice of this qualification's units satisfies its rules of combination");
  }

  @Test
  void aSamplingRateThatIsNotAPercentageIsReportedAtItsLine() {
    CriteriaCopy copy =
        CriteriaCopy.of(temp).replace("policy.yaml", "    standard: 20", "    standard: 120");
    CatalogueProblem p = only(problems(copy));
    assertThat(p.file()).isEqualTo(copy.path("policy.yaml"));
    assertThat(p.line()).isEqualTo(copy.lineOf("policy.yaml", "standard: 120"));
    assertThat(p.where()).isEqualTo("sampling.rates.standard");
    assertThat(p.message()).isEqualTo("'standard' is a percentage from 0 to 100, found 120");
  }

  @Test
  void aRiskierAssessorSampledLessThanTheStandardRateIsReportedAtItsLine() {
    CriteriaCopy copy =
        CriteriaCopy.of(temp)
            .replace("policy.yaml", "    newToQualification: 50", "    newToQualification: 10");
    CatalogueProblem p = only(problems(copy));
    assertThat(p.line()).isEqualTo(copy.lineOf("policy.yaml", "newToQualification: 10"));
    assertThat(p.message())
        .isEqualTo(
            "'newToQualification' is 10%, lower than the standard rate of 20%; a riskier assessor"
                + " must not be sampled less");
  }

  @Test
  void anUnknownMethodToSampleInEveryUnitIsReportedAtItsLine() {
    CriteriaCopy copy =
        CriteriaCopy.of(temp)
            .replace(
                "policy.yaml",
                "methodsEachUnit: [DIRECT_OBSERVATION]",
                "methodsEachUnit: [OBSERVATION]");
    CatalogueProblem p = only(problems(copy));
    assertThat(p.line()).isEqualTo(copy.lineOf("policy.yaml", "methodsEachUnit: [OBSERVATION]"));
    assertThat(p.message()).startsWith("unknown method 'OBSERVATION' (entry 1)");
  }

  @Test
  void theShippedSamplingPolicyIsRead() {
    var sampling = CatalogueLoader.load(Path.of("criteria")).policy().sampling();
    assertThat(sampling.periodMonths()).isEqualTo(12);
    assertThat(sampling.standardRate()).isEqualTo(20);
    assertThat(sampling.methodsEachUnit())
        .containsExactly(uk.attest.catalogue.Method.DIRECT_OBSERVATION);
  }

  @Test
  void aPolicyWithoutASamplingSectionStillLoadsAndOnlyHasNoSamplingPlan() {
    // A criteria folder written before sampling plans existed (as the evaluation set's) assesses
    // as before.
    var policy =
        CatalogueLoader.load(Path.of("src/test/resources/suggestions/unseen-criteria")).policy();
    assertThat(policy.sampling()).isNull();
    assertThat(policy.defaultCurrencyMonths()).isPositive();
  }

  @Test
  void aMisspeltFieldIsNotSilentlyIgnored() {
    CriteriaCopy copy =
        CriteriaCopy.of(temp).replace(ATTECL02, "illustrative: true", "ilustrative: true");
    CatalogueProblem p = only(problems(copy));
    assertThat(p.message()).startsWith("unknown field 'ilustrative'");
  }

  @Test
  void everyProblemInEveryFileIsReportedAtOnce() {
    CriteriaCopy copy =
        CriteriaCopy.of(temp)
            .replace(ATTECL02, "level: 5", "level: five")
            .replace(L5, "number: 699/9001/5", "number: 6999001")
            .replace(
                "policy.yaml", "defaultWeeklyLearningHours: 6", "defaultWeeklyLearningHours: -1");
    List<CatalogueProblem> problems = problems(copy);
    assertThat(problems)
        .extracting(CatalogueProblem::file)
        .contains(copy.path(ATTECL02), copy.path(L5), copy.path("policy.yaml"));
    assertThatThrownBy(() -> CatalogueLoader.load(copy.dir()))
        .hasMessageContaining("'level' must be a whole number, found 'five'")
        .hasMessageContaining("6999001")
        .hasMessageContaining("defaultWeeklyLearningHours");
  }

  @Test
  void theCatalogueVersionChangesWithAnyFileAndOnlyThen() {
    CriteriaCopy copy = CriteriaCopy.of(temp);
    String shipped = CatalogueLoader.load(Path.of("criteria")).version();
    assertThat(CatalogueLoader.load(copy.dir()).version()).isEqualTo(shipped);
    copy.replace(ATTECL02, "version: 1", "version: 2");
    assertThat(CatalogueLoader.load(copy.dir()).version()).isNotEqualTo(shipped);
  }
}
