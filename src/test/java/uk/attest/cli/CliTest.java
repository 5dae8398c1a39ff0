package uk.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.catalogue.CriteriaCopy;

/** The command line, run in-process: output, errors and exit codes. */
class CliTest {
  @TempDir Path temp;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Cli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void assessingTheReadyExamplePrintsReadyWithScore100() {
    Run r = run("assess", "examples/ready-learner.json", "--date", "2026-11-20");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains(
            "\"status\" : \"READY\"",
            "\"score\" : 100",
            "\"assessedOn\" : \"2026-11-20\"",
            "Siân Llŷr-Pritchard");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void assessingTheGapsExamplePrintsNotReadyWithReasonsOnTheUnmetCriteria() {
    Run r = run("assess", "examples/gaps-learner.json", "--date", "2026-11-20");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains(
            "\"status\" : \"NOT_READY\"",
            "\"rule\" : \"REL-02\"",
            "was referred back by assessor",
            "Zoë Ó Briain");
  }

  @Test
  void theAssessmentCanBeWrittenToAFile() throws Exception {
    Path out = temp.resolve("a.json");
    Run r =
        run(
            "assess",
            "examples/gaps-learner.json",
            "--date",
            "2026-11-20",
            "--out",
            out.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out))
        .isEqualTo(run("assess", "examples/gaps-learner.json", "--date", "2026-11-20").out());
  }

  @Test
  void aBadBundleExitsWith2NamingTheItemAndField() throws Exception {
    Path bad = temp.resolve("bad.json");
    Files.writeString(
        bad,
        Files.readString(Path.of("examples/gaps-learner.json"))
            .replace("\"activityDate\": \"2026-05-20\"", "\"activityDate\": \"2027-01-01\""));
    Run r = run("assess", bad.toString(), "--date", "2026-11-20");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("(EV-003).activityDate: 2027-01-01 is after the assessment date 2026-11-20");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aMissingBundleFileExitsWith2() {
    Run r = run("assess", "examples/nobody.json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("examples/nobody.json: no such file");
  }

  @Test
  void validateAcceptsTheShippedCriteriaAndRules() {
    Run r = run("validate");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("criteria OK", "rules OK: 53 rules", "sampling rules OK: 9 rules");
  }

  @Test
  void validateNamesTheFileLineAndProblemInABrokenCriteriaCopy() {
    CriteriaCopy copy = CriteriaCopy.of(temp).replace(CriteriaCopy.L5, "credit: 40", "credit: 41");
    Run r = run("validate", "--criteria", copy.dir().toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            copy.path(CriteriaCopy.L5)
                + ":"
                + copy.lineOf(CriteriaCopy.L5, "credit: 41")
                + ": credit: credit 41 must equal TQT ÷ 10 rounded (TQT 400 gives 40)");
  }

  @Test
  void validateNamesTheFileAndLineOfASamplingRuleThatDoesNotCompile() throws Exception {
    Path rules = temp.resolve("rules");
    CriteriaCopy.copy(Path.of("rules"), rules);
    Path drl = rules.resolve("quality/assessor-risk.drl");
    Files.writeString(
        drl,
        Files.readString(drl)
            .replace(
                "$d : DecisionFact( !assessorQualified )",
                "$d : DecisionFact( !assessorQualified"));
    Run r = run("validate", "--rules", rules.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).containsPattern("rules/quality/assessor-risk\\.drl:\\d+: ");
  }

  @Test
  void validateNamesTheFileAndLineOfARuleThatDoesNotCompile() throws Exception {
    Path rules = temp.resolve("rules");
    CriteriaCopy.copy(Path.of("rules"), rules);
    Path drl = rules.resolve("evidence/valid.drl");
    Files.writeString(
        drl,
        Files.readString(drl)
            .replace(
                "$c : Claim( criterion.allowedMethods not contains evidence.method )",
                "$c : Claim( criterion.allowedMethods not contains )"));
    Run r = run("validate", "--rules", rules.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).containsPattern("rules/evidence/valid\\.drl:\\d+: ");
  }

  @Test
  void validateRefusesARuleWithoutAStage() throws Exception {
    Path rules = temp.resolve("rules");
    CriteriaCopy.copy(Path.of("rules"), rules);
    Path drl = rules.resolve("evidence/valid.drl");
    Files.writeString(
        drl, Files.readString(drl).replaceFirst("    ruleflow-group \"judge-evidence\"\n", ""));
    Run r = run("validate", "--rules", rules.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "rules/evidence/valid.drl:10: rule \"VAL-01 Evidence by a method not allowed for the criterion is not valid\" must name one of the stages");
  }

  @Test
  void importNosWithoutALevelExplainsWhyItIsNeeded() {
    Run r = run("import-nos", "examples/nos/ATTSAMPLE1.json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("NOS carry no RQF level");
  }

  @Test
  void exportCaseWritesOnePackagePerFrameworkAndImportCaseReadsOneBack() throws Exception {
    Path dir = temp.resolve("case");
    Run export =
        run("export-case", "--out", dir.toString(), "--base-url", "https://attest.example");
    assertThat(export.exit()).isZero();
    assertThat(export.out()).contains("wrote 16 CASE packages to " + dir);
    assertThat(dir.resolve("ATTECL02.json")).content().contains("\"caseVersion\" : \"1.1\"");
    assertThat(dir.resolve("attest-l5-diploma-ecommerce-sales-leadership.json"))
        .content()
        .contains("\"associationType\" : \"exactMatchOf\"");

    Path yaml = temp.resolve("ATTECL02.yaml");
    Run back =
        run("import-case", dir.resolve("ATTECL02.json").toString(), "--out", yaml.toString());
    assertThat(back.exit()).isZero();
    assertThat(back.out()).contains("ATTECL02 with 8 performance criteria and 7 knowledge items");
    assertThat(yaml).content().contains("code: ATTECL02", "level: 5");
  }

  @Test
  void importCaseOfAFrameworkWithoutALevelAsksForOneAndNamesBrokenJson() throws Exception {
    Run noLevel =
        run("import-case", "src/test/resources/case/opensalt-what-standards-could-be.json");
    assertThat(noLevel.exit()).isEqualTo(2);
    assertThat(noLevel.err()).contains("$.CFDocument: no RQF level", "--level N");
    Path broken = temp.resolve("broken.json");
    Files.writeString(broken, "{\"CFDocument\": {\"title\": \"x\"}, \"CFItems\": {}}");
    Run r = run("import-case", broken.toString(), "--level", "3");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("$.CFItems: missing");
  }

  @Test
  void importRoleRejectsAFileThatIsNotARoleProfile() {
    Run r = run("import-role", "pom.xml", "--out", temp.resolve("x.yaml").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("pom.xml: not a role profile");
  }

  @Test
  void anUnknownOptionPrintsTheUsage() {
    Run r = run("assess", "examples/ready-learner.json", "--when", "today");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown option --when", "usage: java -jar target/attest.jar");
  }

  @Test
  void aMistypedCommandPrintsTheUsageInsteadOfStartingTheService() {
    Run r = run("asses", "examples/gaps-learner.json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown command 'asses'", "usage:");
  }

  @Test
  void validateRefusesTwoRulesWithOneIdAndAPackageThatIsNotItsFolder() throws Exception {
    Path rules = temp.resolve("rules");
    CriteriaCopy.copy(Path.of("rules"), rules);
    Path drl = rules.resolve("evidence/current.drl");
    Files.writeString(
        drl,
        Files.readString(drl)
            .replace("rule \"CUR-02 ", "rule \"CUR-01 ")
            .replace("package evidence;", "package elsewhere;"));
    Run r = run("validate", "--rules", rules.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains("rule id CUR-01 is already used at", "package 'elsewhere' should be 'evidence'");
  }

  @Test
  void aBrokenPolicyIsReportedWithoutBlamingTheStandards() {
    CriteriaCopy copy =
        CriteriaCopy.of(temp).replace("policy.yaml", "defaultMonths: 36", "defaultMonths: -3");
    Run r = run("validate", "--criteria", copy.dir().toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("policy.yaml").doesNotContain("standards/");
  }

  @Test
  void aPolicyThatMakesEveryPerformanceCriterionImpossibleIsRefused() {
    CriteriaCopy copy =
        CriteriaCopy.of(temp)
            .replace(
                "policy.yaml",
                "observationRequired:\n  PERFORMANCE: false",
                "observationRequired:\n  PERFORMANCE: true")
            .replace("policy.yaml", "PERFORMANCE: [DIRECT_OBSERVATION, ", "PERFORMANCE: [");
    Run r = run("validate", "--criteria", copy.dir().toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "observation is required for PERFORMANCE criteria but allowedMethods.PERFORMANCE does not include DIRECT_OBSERVATION");
  }

  @Test
  void theReadyExamplesPortfolioIsWrittenAsPdfAndAsAWorkbook() throws Exception {
    Path pdf = temp.resolve("ready.pdf");
    Path xlsx = temp.resolve("ready.xlsx");
    assertThat(
            run(
                    "assess",
                    "examples/ready-learner.json",
                    "--date",
                    "2026-11-20",
                    "--format",
                    "pdf",
                    "--out",
                    pdf.toString())
                .exit())
        .isZero();
    assertThat(
            run(
                    "assess",
                    "examples/ready-learner.json",
                    "--date",
                    "2026-11-20",
                    "--format",
                    "xlsx",
                    "--out",
                    xlsx.toString())
                .exit())
        .isZero();
    assertThat(Files.readAllBytes(pdf))
        .startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertThat(Files.size(xlsx)).isPositive();
    Run noOut = run("assess", "examples/ready-learner.json", "--format", "pdf");
    assertThat(noOut.exit()).isEqualTo(2);
    assertThat(noOut.err()).contains("--format pdf needs --out FILE");
  }

  @Test
  void exportWritesTheCohortOfOneQualificationAndRefusesAMixedFolder() throws Exception {
    Path zip = temp.resolve("export.zip");
    Run r =
        run(
            "export",
            "examples",
            "--qualification",
            "attest-l5-diploma-ecommerce-sales-leadership",
            "--date",
            "2026-11-20",
            "--out",
            zip.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("2 learners");
    Run mixed =
        run(
            "export",
            "examples",
            "--date",
            "2026-11-20",
            "--out",
            temp.resolve("x.zip").toString());
    assertThat(mixed.exit()).isEqualTo(2);
    assertThat(mixed.err()).contains("choose one with --qualification");
  }

  // ---- suggest ----------------------------------------------------------------------------

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Path text(String name, String content) throws Exception {
    Path file = temp.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  /** A learner telling how they negotiated commission with a marketplace: ATTECL12.P2. */
  static final String COMMISSION =
      "I negotiated with our biggest marketplace partner over their commission rate on our home"
          + " and garden range. I argued that our return rates were low and our volume was"
          + " growing, and we agreed a lower fee for two years in exchange for a wider range on"
          + " their site.";

  @Test
  void suggestPrintsTheCriteriaATextShowsAsAJsonArrayBestFirst() throws Exception {
    Run r = run("suggest", text("commission.txt", COMMISSION).toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode found = JSON.readTree(r.out());
    assertThat(found.isArray()).isTrue();
    assertThat(found.size()).isBetween(1, 5);
    assertThat(found.get(0).get("criterion").asString()).isEqualTo("ATTECL12.P2");
    assertThat(found.findValuesAsString("criterion"))
        .allMatch(id -> id.matches("ATTECL\\d\\d\\.[PK]\\d+"));
    double previous = 1;
    for (JsonNode s : found) {
      assertThat(s.get("score").asDouble()).isBetween(0.0, previous);
      previous = s.get("score").asDouble();
      assertThat(s.get("why").asString()).isNotBlank();
    }
    assertThat(found.get(0).get("sentence").asString()).contains("commission");

    Run one = run("suggest", text("commission.txt", COMMISSION).toString(), "--top", "1");
    assertThat(JSON.readTree(one.out()).findValuesAsString("criterion"))
        .containsExactly("ATTECL12.P2");
    // Only the standards asked for are searched.
    Run inOne =
        run("suggest", text("commission.txt", COMMISSION).toString(), "--standards", "ATTECL12");
    assertThat(JSON.readTree(inOne.out()).findValuesAsString("standard")).containsOnly("ATTECL12");
    Run elsewhere =
        run("suggest", text("commission.txt", COMMISSION).toString(), "--standards", "ATTECL11");
    assertThat(JSON.readTree(elsewhere.out()).findValuesAsString("criterion"))
        .allMatch(id -> id.startsWith("ATTECL11."));
  }

  @Test
  void aTextThatShowsNoCriterionGetsAnEmptyArray() throws Exception {
    Run r =
        run(
            "suggest",
            text("cake.txt", "I baked a chocolate cake for my daughter's birthday and iced it.")
                .toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(JSON.readTree(r.out()).isArray()).isTrue();
    assertThat(JSON.readTree(r.out()).size()).isZero();
  }

  @Test
  void suggestWithAnUnknownStandardOrNoFileExitsWith2SayingWhy() throws Exception {
    Run r = run("suggest", text("commission.txt", COMMISSION).toString(), "--standards", "NOPE");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("NOPE");
    assertThat(r.out()).isEmpty();
    Run missing = run("suggest", temp.resolve("nowhere.txt").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("nowhere.txt", "no such file");
    assertThat(run("suggest", text("c.txt", COMMISSION).toString(), "--top", "0").exit())
        .isEqualTo(2);
  }
}
