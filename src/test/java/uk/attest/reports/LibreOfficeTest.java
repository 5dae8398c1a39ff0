package uk.attest.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.offset;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import uk.attest.assessment.EvidenceBundle;

/**
 * Opens the workbooks with LibreOffice headless, as a user's program would, and checks the CSV it
 * converts them to against the JSON assessment. Needs {@code soffice} (Debian's {@code
 * libreoffice-calc-nogui}): with the environment variable CI set, a missing LibreOffice fails the
 * test; elsewhere the test is skipped with a message saying what to install.
 */
class LibreOfficeTest {
  /**
   * Comma, double quote, UTF-8, raw values (not as shown), every sheet to its own file
   * (NAME-Sheet.csv).
   */
  static final String CSV_FILTER =
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

  static final JsonNode JSON = PortfolioWorkbookTest.JSON;

  private static Path soffice;

  @BeforeAll
  static void findLibreOffice() {
    Optional<Path> found = locate();
    if (found.isEmpty()) {
      String message =
          "LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc-nogui";
      if (System.getenv("CI") != null) {
        fail("CI is set and this test must run there. " + message);
      }
      Assumptions.abort("Skipped locally (CI is not set). " + message);
    }
    soffice = found.get();
  }

  @Test
  void libreOfficeReadsThePortfolioWorkbooksFiguresAsTheJsonHasThem(@TempDir Path dir)
      throws Exception {
    Portfolio base =
        PortfolioWorkbookTest.withEvidence(
            PortfolioWorkbookTest.PORTFOLIO,
            PortfolioWorkbookTest.entry("EV-901", "=1+1", List.of()));
    Portfolio portfolio =
        new Portfolio(
            base.learnerId(),
            base.learnerName(),
            base.uln(),
            "=HYPERLINK(\"http://evil.example\")",
            base.assessment(),
            base.evidence(),
            base.declarations(),
            base.generatedAt(),
            PortfolioWorkbookTest.AUDIT);
    Path xlsx = dir.resolve("portfolio.xlsx");
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      PortfolioWorkbook.write(portfolio, PortfolioWorkbookTest.ASSETS, out);
    }
    Map<String, List<List<String>>> sheets = convert(xlsx, dir);
    assertThat(sheets).containsKeys("Summary", "Matrix", "Evidence", "Gaps", "Reasons", "Audit");

    // Summary: label, value.
    Map<String, String> summary =
        sheets.get("Summary").stream()
            .filter(r -> r.size() >= 2 && !r.get(0).isEmpty())
            .collect(Collectors.toMap(r -> r.get(0), r -> r.get(1), (a, b) -> a));
    JsonNode q = JSON.get("qualification");
    assertThat(summary.get("Learner")).isEqualTo("Zoë Ó Briain");
    assertThat(summary.get("ULN")).isEqualTo(JSON.get("learner").get("uln").asString());
    assertThat(summary.get("Qualification number")).isEqualTo(q.get("number").asString());
    assertThat(summary.get("Readiness score"))
        .isEqualTo(q.get("readiness").get("score").asString())
        .isEqualTo("27");
    assertThat(summary.get("Readiness")).isEqualTo(q.get("readiness").get("status").asString());
    assertThat(summary.get("Assessed on")).isEqualTo(JSON.get("assessedOn").asString());
    assertThat(Double.parseDouble(summary.get("Time to competency (hours)")))
        .isEqualTo(JSON.get("timeToCompetency").get("hours").asDouble());
    assertThat(summary.get("Catalogue version")).isEqualTo(JSON.get("catalogueVersion").asString());
    // Formula-looking text was not evaluated: it comes back as the text it was.
    assertThat(summary.get("Centre")).isEqualTo("=HYPERLINK(\"http://evil.example\")");

    // Matrix: every criterion's outcome, then every unit's coverage.
    List<List<String>> matrix = sheets.get("Matrix");
    assertThat(matrix.get(0).subList(0, 7)).isEqualTo(PortfolioWorkbook.MATRIX_HEADINGS);
    int r = 1;
    int c0 = PortfolioWorkbook.UNITS_FIRST_COLUMN;
    for (JsonNode unit : q.get("units")) {
      for (JsonNode c : unit.get("criteria")) {
        List<String> row = matrix.get(r++);
        assertThat(row.get(3)).isEqualTo(c.get("id").asString());
        // The outcome in words (report.yaml's label), as the workbook shows it.
        assertThat(row.get(5))
            .as(c.get("id").asString())
            .isEqualTo(uk.attest.assessment.Words.outcome(c.get("outcome").asString()));
      }
    }
    for (int u = 0; u < q.get("units").size(); u++) {
      JsonNode unit = q.get("units").get(u);
      List<String> row = matrix.get(u + 1);
      assertThat(row.get(c0)).isEqualTo(unit.get("id").asString());
      assertThat(fraction(row.get(c0 + 5)))
          .as(unit.get("id").asString())
          .isCloseTo(unit.get("coverage").asDouble(), offset(1e-9));
    }

    // Evidence: dates as the bundle has them; the formula-looking title is still text.
    Map<String, List<String>> evidence =
        sheets.get("Evidence").stream()
            .skip(1)
            .collect(Collectors.toMap(row -> row.get(0), Function.identity()));
    for (EvidenceBundle.EvidenceItem item : PortfolioWorkbookTest.BUNDLE.evidence()) {
      assertThat(evidence.get(item.id()).get(3)).isEqualTo(item.activityDate().toString());
    }
    assertThat(evidence.get("EV-901").get(1)).isEqualTo("=1+1");

    // Gaps: the levels and gaps are the JSON's numbers.
    List<List<String>> gaps = sheets.get("Gaps");
    assertThat(gaps).hasSize(JSON.get("gaps").size() + 1);
    for (int g = 0; g < JSON.get("gaps").size(); g++) {
      JsonNode gap = JSON.get("gaps").get(g);
      assertThat(gaps.get(g + 1).subList(5, 8))
          .containsExactly(
              gap.get("requiredLevel").asString(),
              gap.get("demonstratedLevel").asString(),
              gap.get("gap").asString());
    }

    // Audit: entry numbers, UK times and the texts; the formula-looking change is still text.
    List<List<String>> audit = sheets.get("Audit");
    assertThat(audit.get(0)).isEqualTo(PortfolioWorkbook.AUDIT_HEADINGS);
    assertThat(audit).hasSize(PortfolioWorkbookTest.AUDIT.size() + 1);
    // What happened in words comes beside the time, then the entry as recorded.
    assertThat(audit.get(1).subList(0, 5))
        .containsExactly(
            "41",
            "2026-03-02 09:14:05",
            PortfolioWorkbookTest.AUDIT.get(0).sentence(),
            "Zoë Ó Briain (lrn0002; LEARNER)",
            "evidence.uploaded");
    assertThat(audit.get(2).subList(0, 4))
        .containsExactly(
            "57",
            "2026-06-09 14:30:45",
            PortfolioWorkbookTest.AUDIT.get(1).sentence(),
            "Gwenllïan Hughes (ghughes; ASSESSOR)");
    for (int i = 0; i < PortfolioWorkbookTest.AUDIT.size(); i++) {
      Portfolio.AuditLine line = PortfolioWorkbookTest.AUDIT.get(i);
      assertThat(audit.get(i + 1).subList(5, 8))
          .containsExactly(line.subject(), line.change(), line.hash());
    }
  }

  @Test
  void libreOfficeReadsTheStreamedCohortWorkbook(@TempDir Path dir) throws Exception {
    List<CohortRow> rows =
        new ArrayList<>(CohortRow.of("Zoë Ó Briain", "LRN-0002", PortfolioWorkbookTest.ASSESSMENT));
    CohortRow first = rows.get(0);
    rows.add(
        new CohortRow(
            "1000000001",
            "=1+1",
            "LRN-0003",
            first.qualificationNumber(),
            first.qualificationTitle(),
            first.unitRef(),
            first.unitId(),
            first.unitTitle(),
            false,
            0.5,
            50,
            "NOT_READY"));
    Path xlsx = dir.resolve("cohort.xlsx");
    try (OutputStream out = Files.newOutputStream(xlsx);
        CohortWorkbook book = new CohortWorkbook(out, PortfolioWorkbookTest.ASSETS, "Cohort")) {
      rows.forEach(book::add);
    }
    List<List<String>> csv = convert(xlsx, dir).get("Cohort");
    assertThat(csv).isNotNull().hasSize(rows.size() + 1);
    assertThat(csv.get(0)).isEqualTo(CohortRow.HEADINGS);
    JsonNode units = JSON.get("qualification").get("units");
    for (int u = 0; u < units.size(); u++) {
      JsonNode unit = units.get(u);
      List<String> row = csv.get(u + 1);
      assertThat(row.get(0)).isEqualTo(JSON.get("learner").get("uln").asString());
      assertThat(row.get(1)).isEqualTo("Zoë Ó Briain");
      assertThat(row.get(6)).isEqualTo(unit.get("id").asString());
      assertThat(row.get(8)).isEqualTo(unit.get("achieved").asBoolean() ? "TRUE" : "FALSE");
      assertThat(fraction(row.get(9))).isCloseTo(unit.get("coverage").asDouble(), offset(1e-9));
      assertThat(row.get(10))
          .isEqualTo(JSON.get("qualification").get("readiness").get("score").asString());
    }
    assertThat(csv.get(rows.size()).get(1)).isEqualTo("=1+1");
  }

  // --- helpers ---

  /** Converts every sheet of the workbook to CSV with LibreOffice; returns them by sheet name. */
  static Map<String, List<List<String>>> convert(Path xlsx, Path dir) throws Exception {
    Path outDir = Files.createDirectories(dir.resolve("csv"));
    // A profile of its own, so a running LibreOffice or another test run cannot interfere.
    Path profile = Files.createDirectories(dir.resolve("profile"));
    Path log = dir.resolve("soffice.log");
    Process process =
        new ProcessBuilder(
                soffice.toString(),
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                CSV_FILTER,
                "--outdir",
                outDir.toString(),
                xlsx.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("soffice did not finish converting within 5 minutes: " + Files.readString(log));
    }
    String output = Files.readString(log);
    assertThat(process.exitValue()).as(output).isZero();
    String stem = xlsx.getFileName().toString().replaceFirst("\\.xlsx$", "");
    Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(outDir)) {
      for (Path csv : files.sorted().toList()) {
        String name = csv.getFileName().toString();
        if (name.startsWith(stem + "-") && name.endsWith(".csv")) {
          String sheet = name.substring(stem.length() + 1, name.length() - 4);
          sheets.put(sheet, CohortCsvTest.parse(Files.readString(csv, StandardCharsets.UTF_8)));
        }
      }
    }
    assertThat(sheets).as("CSV files from soffice; its output: " + output).isNotEmpty();
    return sheets;
  }

  /** A coverage as LibreOffice writes it: with its percentage format (15.38%) or without. */
  static double fraction(String text) {
    return text.endsWith("%")
        ? Double.parseDouble(text.substring(0, text.length() - 1)) / 100
        : Double.parseDouble(text);
  }

  private static Optional<Path> locate() {
    List<Path> candidates = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String entry : path.split(File.pathSeparator)) {
        if (!entry.isEmpty()) {
          candidates.add(Path.of(entry, "soffice"));
          candidates.add(Path.of(entry, "libreoffice"));
        }
      }
    }
    candidates.add(Path.of("/usr/lib/libreoffice/program/soffice"));
    candidates.add(Path.of("/opt/libreoffice/program/soffice"));
    candidates.add(Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"));
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }
}
