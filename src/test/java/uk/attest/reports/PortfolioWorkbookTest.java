package uk.attest.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.Shipped;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.AssessmentJson;
import uk.attest.assessment.EvidenceBundle;

/** The portfolio workbook, read back with POI and compared with the JSON assessment. */
class PortfolioWorkbookTest {
  static final ReportAssets ASSETS = ReportAssets.load(Path.of("reports"));
  static final EvidenceBundle BUNDLE = Shipped.bundle("examples/gaps-learner.json");
  static final Assessment ASSESSMENT = Shipped.ENGINE.assess(BUNDLE, Shipped.ASSESSED_ON);
  static final JsonNode JSON = new JsonMapper().readTree(AssessmentJson.write(ASSESSMENT));
  static final OffsetDateTime GENERATED_AT =
      OffsetDateTime.of(2026, 11, 20, 10, 15, 30, 0, ZoneOffset.ofHours(1));
  static final Portfolio PORTFOLIO =
      Portfolios.fromBundle(BUNDLE, ASSESSMENT, ASSETS, GENERATED_AT);

  /**
   * The learner's entries in the audit trail: one in GMT, one in BST, a Welsh actor, and a change
   * that a spreadsheet would read as a formula.
   */
  static final List<Portfolio.AuditLine> AUDIT =
      List.of(
          new Portfolio.AuditLine(
              41,
              OffsetDateTime.of(2026, 3, 2, 9, 14, 5, 0, ZoneOffset.UTC),
              "Zoë Ó Briain (lrn0002; LEARNER)",
              "evidence.uploaded",
              "evidence EV-002",
              "{\"id\":\"EV-002\",\"method\":\"PRODUCT\",\"title\":\"Strategy pack\"}",
              "5c9c84d47924" + "0".repeat(52)),
          new Portfolio.AuditLine(
              57,
              OffsetDateTime.of(2026, 6, 9, 13, 30, 45, 0, ZoneOffset.UTC),
              "Gwenllïan Hughes (ghughes; ASSESSOR)",
              "judgement.recorded",
              "evidence EV-002",
              "{\"verdict\":\"REFERRED\"} → {\"proficiency\":\"ADVANCED\",\"verdict\":\"ACCEPTED\"}",
              "f1a5174be796" + "ab".repeat(26)),
          new Portfolio.AuditLine(
              63,
              OffsetDateTime.of(2026, 6, 30, 8, 0, 0, 0, ZoneOffset.ofHours(1)),
              "Rhodri Ap Ifan (rapifan; IQA)",
              "iqa.sampled",
              "evidence EV-002",
              "=HYPERLINK(\"http://evil.example\")",
              "3cdb97a0408d" + "9".repeat(52)));

  @Test
  void theSummaryHoldsTheLearnerQualificationAndScoresTheJsonAssessmentHolds() throws IOException {
    try (XSSFWorkbook wb = read(PORTFOLIO)) {
      Sheet summary = wb.getSheet("Summary");
      JsonNode q = JSON.get("qualification");
      assertThat(value(summary, "Learner").getStringCellValue())
          .isEqualTo(JSON.get("learner").get("name").asString())
          .isEqualTo("Zoë Ó Briain");
      assertThat(value(summary, "ULN").getStringCellValue())
          .isEqualTo(JSON.get("learner").get("uln").asString());
      assertThat(value(summary, "Qualification").getStringCellValue())
          .isEqualTo(q.get("title").asString());
      assertThat(value(summary, "Qualification number").getStringCellValue())
          .isEqualTo(q.get("number").asString());
      assertThat(number(summary, "Level")).isEqualTo(q.get("level").asDouble());
      assertThat(number(summary, "Readiness score"))
          .isEqualTo(q.get("readiness").get("score").asDouble())
          .isEqualTo(27);
      assertThat(value(summary, "Readiness").getStringCellValue())
          .isEqualTo(q.get("readiness").get("status").asString());
      assertThat(number(summary, "Progression score"))
          .isEqualTo(JSON.get("progression").get("score").asDouble());
      assertThat(number(summary, "Time to competency (weeks)"))
          .isEqualTo(JSON.get("timeToCompetency").get("weeks").asDouble());
      assertThat(number(summary, "Time to competency (hours)"))
          .isEqualTo(JSON.get("timeToCompetency").get("hours").asDouble());
      assertThat(value(summary, "Catalogue version").getStringCellValue())
          .isEqualTo(JSON.get("catalogueVersion").asString());
      assertThat(value(summary, "Ruleset version").getStringCellValue())
          .isEqualTo(JSON.get("rulesetVersion").asString());
    }
  }

  @Test
  void aMissingProgressionScoreIsABlankCellNotZero() throws IOException {
    Assessment a = ASSESSMENT;
    var p = a.progression();
    Assessment none =
        new Assessment(
            a.learner(),
            a.assessedOn(),
            a.catalogueVersion(),
            a.rulesetVersion(),
            a.qualification(),
            a.standards(),
            new Assessment.ProgressionView(
                p.currentRole(), null, null, null, p.rule(), "No next role on the pathway."),
            a.gaps(),
            a.timeToCompetency());
    try (XSSFWorkbook wb = read(with(PORTFOLIO, none))) {
      Sheet summary = wb.getSheet("Summary");
      Row row = rowLabelled(summary, "Progression score");
      assertThat(row.getCell(1)).isNull();
    }
  }

  @Test
  void theSummaryShowsEachDeclarationAsSignedOrNotYetSigned() throws IOException {
    try (XSSFWorkbook wb = read(PORTFOLIO)) {
      Sheet summary = wb.getSheet("Summary");
      for (String label :
          List.of("Learner's declaration", "Assessor's declaration", "IQA declaration")) {
        assertThat(value(summary, label).getStringCellValue()).isEqualTo("Not yet signed");
      }
    }
    Portfolio signed =
        PortfolioPdfTest.withDeclaration(
            PORTFOLIO,
            1,
            new Portfolio.Declaration(
                "ASSESSOR",
                "Gwenllïan Hughes",
                LocalDate.of(2026, 12, 3),
                ASSETS.declarations().get("ASSESSOR"),
                LocalDate.of(2026, 12, 1),
                true));
    try (XSSFWorkbook wb = read(signed)) {
      assertThat(value(wb.getSheet("Summary"), "Assessor's declaration").getStringCellValue())
          .isEqualTo(
              "Signed by Gwenllïan Hughes on 3 December 2026 for the record of 1 December 2026;"
                  + " the evidence or its assessment has changed since");
    }
  }

  @Test
  void datesAreDateCellsWithADateFormat() throws IOException {
    try (XSSFWorkbook wb = read(PORTFOLIO)) {
      Cell assessedOn = value(wb.getSheet("Summary"), "Assessed on");
      assertThat(assessedOn.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(assessedOn)).isTrue();
      assertThat(assessedOn.getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.parse(JSON.get("assessedOn").asString()));

      Cell generated = value(wb.getSheet("Summary"), "Generated at (UTC)");
      assertThat(DateUtil.isCellDateFormatted(generated)).isTrue();
      assertThat(generated.getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2026, 11, 20, 9, 15, 30));

      Sheet evidence = wb.getSheet("Evidence");
      assertThat(evidence.getLastRowNum()).isEqualTo(BUNDLE.evidence().size());
      Map<String, LocalDate> dates = new LinkedHashMap<>();
      for (EvidenceBundle.EvidenceItem item : BUNDLE.evidence()) {
        dates.put(item.id(), item.activityDate());
      }
      for (int r = 1; r <= evidence.getLastRowNum(); r++) {
        Row row = evidence.getRow(r);
        Cell date = row.getCell(3);
        assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
        assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(date.getLocalDateTimeCellValue().toLocalDate())
            .isEqualTo(dates.get(row.getCell(0).getStringCellValue()));
      }
    }
  }

  @Test
  void theMatrixHasARowPerAssessmentCriterionWithTheOutcomeTheJsonGives() throws IOException {
    try (XSSFWorkbook wb = read(PORTFOLIO)) {
      Sheet matrix = wb.getSheet("Matrix");
      assertThat(texts(matrix.getRow(0), 0, 7)).isEqualTo(PortfolioWorkbook.MATRIX_HEADINGS);
      int r = 1;
      for (JsonNode unit : JSON.get("qualification").get("units")) {
        for (JsonNode c : unit.get("criteria")) {
          Row row = matrix.getRow(r++);
          assertThat(row.getCell(0).getStringCellValue()).isEqualTo(unit.get("id").asString());
          assertThat(row.getCell(1).getStringCellValue()).isEqualTo(unit.get("ref").asString());
          assertThat(row.getCell(3).getStringCellValue()).isEqualTo(c.get("id").asString());
          assertThat(row.getCell(4).getStringCellValue()).isEqualTo(c.get("text").asString());
          // The outcome in words (report.yaml's label), not its code.
          assertThat(row.getCell(5).getStringCellValue())
              .as(c.get("id").asString())
              .isEqualTo(ASSETS.outcomes().get(c.get("outcome").asString()).label());
          List<String> evidence = new ArrayList<>();
          c.get("evidence").forEach(e -> evidence.add(e.asString()));
          assertThat(row.getCell(6).getStringCellValue()).isEqualTo(String.join(", ", evidence));
        }
      }
      assertThat(matrix.getLastRowNum()).isEqualTo(r - 1).isEqualTo(criteriaCount());
    }
  }

  @Test
  void eachUnitsCoverageIsAPercentageNumberOnAColourScale() throws IOException {
    try (XSSFWorkbook wb = read(PORTFOLIO)) {
      XSSFSheet matrix = wb.getSheet("Matrix");
      int c0 = PortfolioWorkbook.UNITS_FIRST_COLUMN;
      assertThat(texts(matrix.getRow(0), c0, c0 + 6)).isEqualTo(PortfolioWorkbook.UNIT_HEADINGS);
      int r = 1;
      for (JsonNode unit : JSON.get("qualification").get("units")) {
        Row row = matrix.getRow(r++);
        assertThat(row.getCell(c0).getStringCellValue()).isEqualTo(unit.get("id").asString());
        assertThat(row.getCell(c0 + 4).getBooleanCellValue())
            .isEqualTo(unit.get("achieved").asBoolean());
        Cell coverage = row.getCell(c0 + 5);
        assertThat(coverage.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(coverage.getNumericCellValue()).isEqualTo(unit.get("coverage").asDouble());
        assertThat(coverage.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      }
      assertThat(matrix.getRow(2).getCell(c0 + 5).getNumericCellValue()).isEqualTo(0.1538);

      CellRangeAddress coverageRange = new CellRangeAddress(1, r - 1, c0 + 5, c0 + 5);
      XSSFConditionalFormattingRule scale = rulesOn(matrix, coverageRange).get(0);
      assertThat(scale.getColorScaleFormatting()).isNotNull();
      assertThat(scale.getColorScaleFormatting().getColors())
          .extracting(c -> hex((XSSFColor) c))
          .containsExactly(colour("NOT_MET"), colour("PARTIAL"), colour("MET"));
    }
  }

  @Test
  void everyTableHasAFrozenHeaderRowAndAnAutofilterOverIt() throws IOException {
    try (XSSFWorkbook wb = read(PORTFOLIO)) {
      Map<String, String> filters =
          Map.of(
              "Matrix", "A1:G" + (criteriaCount() + 1),
              "Evidence", "A1:L" + (BUNDLE.evidence().size() + 1),
              "Gaps", "A1:K" + (ASSESSMENT.gaps().size() + 1),
              "Reasons", "A1:F" + (reasonCount() + 1));
      filters.forEach(
          (name, ref) -> {
            XSSFSheet sheet = wb.getSheet(name);
            assertThat(sheet.getPaneInformation()).as(name).isNotNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                .as(name)
                .isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(name).isEqualTo(ref);
          });
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary");
      assertThat(List.of(1, 2, 3, 4, 5, 6))
          .extracting(i -> wb.getSheetAt(i).getSheetName())
          .containsExactly("Heat map", "Matrix", "Evidence", "Gaps", "Reasons", "Audit");
    }
  }

  @Test
  void theMatrixHeatMapHasOneRulePerOutcomeFilledWithTheAssetColour() throws IOException {
    try (XSSFWorkbook wb = read(PORTFOLIO)) {
      XSSFSheet matrix = wb.getSheet("Matrix");
      CellRangeAddress outcomes = new CellRangeAddress(1, criteriaCount(), 5, 5);
      Map<String, String> fills = new LinkedHashMap<>();
      for (XSSFConditionalFormattingRule rule : rulesOn(matrix, outcomes)) {
        fills.put(
            rule.getFormula1(),
            hex((XSSFColor) rule.getPatternFormatting().getFillBackgroundColorColor()));
      }
      assertThat(fills)
          .containsExactly(
              Map.entry("\"Met\"", "2E7D32"),
              Map.entry("\"Partly met\"", "F9A825"),
              Map.entry("\"Not met\"", "C62828"),
              Map.entry("\"Not started\"", "9E9E9E"));
      for (String outcome : ReportAssets.OUTCOMES) {
        String label = ASSETS.outcomes().get(outcome).label();
        assertThat(fills.get("\"" + label + "\"")).isEqualTo(colour(outcome));
      }
    }
  }

  @Test
  void theHeatMapIsAGridOfUnitsAndTheirCriteriaEachCellItsOutcomeInWordsOnItsColour()
      throws IOException {
    try (XSSFWorkbook wb = read(PORTFOLIO)) {
      XSSFSheet heat = wb.getSheet("Heat map");
      int r = 1;
      for (JsonNode unit : JSON.get("qualification").get("units")) {
        Row row = heat.getRow(r++);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(unit.get("title").asString());
        int c = 3;
        for (JsonNode criterion : unit.get("criteria")) {
          String id = criterion.get("id").asString();
          String outcome = criterion.get("outcome").asString();
          var cell = (org.apache.poi.xssf.usermodel.XSSFCell) row.getCell(c++);
          assertThat(cell.getStringCellValue())
              .isEqualTo(
                  id.substring(id.indexOf('/') + 1) + " " + ASSETS.outcomes().get(outcome).label());
          assertThat(hex(cell.getCellStyle().getFillForegroundColorColor()))
              .as(id)
              .isEqualTo(colour(outcome));
        }
      }
      assertThat(heat.getLastRowNum()).isEqualTo(r - 1);
    }
  }

  @Test
  void everyTablePrintsAPageWideWithItsHeadingsOnEveryPage() throws IOException {
    try (XSSFWorkbook wb = read(PORTFOLIO)) {
      for (var sheet : wb) {
        assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth())
            .as(sheet.getSheetName())
            .isEqualTo((short) 1);
        if (!sheet.getSheetName().equals("Summary")) {
          assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
          assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
        }
      }
    }
  }

  @Test
  void evidenceNumbersAreNumbersAndEveryFileHashIsListed() throws IOException {
    String sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    var files =
        List.of(
            new Portfolio.FileEntry("strategy.pdf", "application/pdf", 1200, sha),
            new Portfolio.FileEntry("notes, final.txt", "text/plain", 34, "ab".repeat(32)));
    Portfolio p = withEvidence(PORTFOLIO, entry("EV-900", "Strategy pack", files));
    try (XSSFWorkbook wb = read(p)) {
      Row row = rowOf(wb.getSheet("Evidence"), "EV-900");
      assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(2);
      assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(1234);
      assertThat(row.getCell(10).getStringCellValue()).isEqualTo("strategy.pdf\nnotes, final.txt");
      assertThat(row.getCell(11).getStringCellValue()).isEqualTo(sha + "\n" + "ab".repeat(32));
      assertThat(row.getCell(7).getStringCellValue()).isEqualTo("U501/1.1, ATTECL02.P1");
    }
  }

  @Test
  void textThatLooksLikeAFormulaStaysAStringCellWithItsValueUnchanged() throws IOException {
    String name = "=HYPERLINK(\"x\")";
    Portfolio base = withEvidence(PORTFOLIO, entry("EV-901", "=1+1", List.of()));
    Portfolio p =
        new Portfolio(
            base.learnerId(),
            name,
            base.uln(),
            "@SUM(A1:A9)",
            base.assessment(),
            base.evidence(),
            base.declarations(),
            base.generatedAt());
    try (XSSFWorkbook wb = read(p)) {
      Cell learner = value(wb.getSheet("Summary"), "Learner");
      assertThat(learner.getCellType()).isEqualTo(CellType.STRING);
      assertThat(learner.getStringCellValue()).isEqualTo(name);
      assertThat(learner.getCellStyle().getQuotePrefixed()).isTrue();
      Cell centre = value(wb.getSheet("Summary"), "Centre");
      assertThat(centre.getCellType()).isEqualTo(CellType.STRING);
      assertThat(centre.getStringCellValue()).isEqualTo("@SUM(A1:A9)");

      Cell title = rowOf(wb.getSheet("Evidence"), "EV-901").getCell(1);
      assertThat(title.getCellType()).isEqualTo(CellType.STRING);
      assertThat(title.getStringCellValue()).isEqualTo("=1+1");
      assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();

      // Nothing anywhere became a formula.
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType()).as(sheet.getSheetName()).isNotEqualTo(CellType.FORMULA);
          }
        }
      }
    }
  }

  @Test
  void thePortfolioListsTheLearnersAuditEntries() throws IOException {
    try (XSSFWorkbook wb = read(withAudit(PORTFOLIO, AUDIT))) {
      XSSFSheet audit = wb.getSheet("Audit");
      assertThat(texts(audit.getRow(0), 0, 8)).isEqualTo(PortfolioWorkbook.AUDIT_HEADINGS);
      assertThat(audit.getLastRowNum()).isEqualTo(AUDIT.size());
      for (int i = 0; i < AUDIT.size(); i++) {
        Portfolio.AuditLine line = AUDIT.get(i);
        Row row = audit.getRow(i + 1);
        Cell seq = row.getCell(0);
        assertThat(seq.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(seq.getNumericCellValue()).isEqualTo(line.seq());
        Cell at = row.getCell(1);
        assertThat(at.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(at)).isTrue();
        assertThat(at.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
        assertThat(at.getLocalDateTimeCellValue())
            .isEqualTo(line.at().atZoneSameInstant(ZoneId.of("Europe/London")).toLocalDateTime());
        List<String> texts = new ArrayList<>();
        for (int c = 2; c <= 7; c++) {
          assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.STRING);
          texts.add(row.getCell(c).getStringCellValue());
        }
        // What happened, in words, beside the time; then the entry as recorded.
        assertThat(texts)
            .containsExactly(
                line.sentence(),
                line.actor(),
                line.action(),
                line.subject(),
                line.change(),
                line.hash());
      }
      // UK time: GMT in March, BST in June.
      assertThat(audit.getRow(1).getCell(1).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 14, 5));
      assertThat(audit.getRow(2).getCell(1).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2026, 6, 9, 14, 30, 45));
      assertThat(audit.getRow(2).getCell(3).getStringCellValue()).startsWith("Gwenllïan Hughes");
      // A table like the others: frozen header, autofilter over every entry.
      assertThat(audit.getPaneInformation().isFreezePane()).isTrue();
      assertThat(audit.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(audit.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H4");
    }
  }

  @Test
  void anAuditChangeThatLooksLikeAFormulaStaysAStringCell() throws IOException {
    try (XSSFWorkbook wb = read(withAudit(PORTFOLIO, AUDIT))) {
      Cell change = wb.getSheet("Audit").getRow(3).getCell(6);
      assertThat(change.getCellType()).isEqualTo(CellType.STRING);
      assertThat(change.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil.example\")");
      assertThat(change.getCellStyle().getQuotePrefixed()).isTrue();
      for (Row row : wb.getSheet("Audit")) {
        for (Cell cell : row) {
          assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
        }
      }
    }
  }

  @Test
  void aPortfolioAssessedFromABundleHasAnAuditSheetWithOnlyItsHeader() throws IOException {
    try (XSSFWorkbook wb = read(PORTFOLIO)) {
      XSSFSheet audit = wb.getSheet("Audit");
      assertThat(audit.getLastRowNum()).isZero();
      assertThat(texts(audit.getRow(0), 0, 8)).isEqualTo(PortfolioWorkbook.AUDIT_HEADINGS);
    }
  }

  @Test
  void theWorkbookHasAsManyCellStylesForFiveHundredAuditEntriesAsForThree() throws IOException {
    List<Portfolio.AuditLine> many = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      Portfolio.AuditLine line = AUDIT.get(i % AUDIT.size());
      many.add(
          new Portfolio.AuditLine(
              i + 1,
              line.at().plusMinutes(i),
              line.actor(),
              line.action(),
              line.subject(),
              line.change(),
              line.hash()));
    }
    try (XSSFWorkbook three = read(withAudit(PORTFOLIO, AUDIT));
        XSSFWorkbook fiveHundred = read(withAudit(PORTFOLIO, many))) {
      assertThat(fiveHundred.getSheet("Audit").getLastRowNum()).isEqualTo(500);
      assertThat(fiveHundred.getNumCellStyles()).isEqualTo(three.getNumCellStyles());
    }
  }

  @Test
  void aChangeLongerThanACellHoldsIsCutAndSaysSo() throws IOException {
    String huge = "{\"note\":\"" + "x".repeat(40_000) + "\"}";
    Portfolio.AuditLine line = AUDIT.get(0);
    Portfolio p =
        withAudit(
            PORTFOLIO,
            List.of(
                new Portfolio.AuditLine(
                    line.seq(),
                    line.at(),
                    line.actor(),
                    line.action(),
                    line.subject(),
                    huge,
                    line.hash())));
    try (XSSFWorkbook wb = read(p)) {
      String cell = wb.getSheet("Audit").getRow(1).getCell(6).getStringCellValue();
      assertThat(cell).hasSize(PortfolioWorkbook.CELL_MAX).endsWith("(cut at Excel's cell limit)");
      assertThat(huge).startsWith(cell.substring(0, 30_000));
    }
  }

  @Test
  void theGapsSheetHoldsTheJsonGapsWithLevelsAsNumbers() throws IOException {
    try (XSSFWorkbook wb = read(PORTFOLIO)) {
      Sheet gaps = wb.getSheet("Gaps");
      assertThat(texts(gaps.getRow(0), 0, 11)).isEqualTo(PortfolioWorkbook.GAP_HEADINGS);
      int r = 1;
      for (JsonNode g : JSON.get("gaps")) {
        Row row = gaps.getRow(r++);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(g.get("role").asString());
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(g.get("competency").asString());
        assertThat(row.getCell(3).getStringCellValue()).isEqualTo(g.get("required").asString());
        assertThat(row.getCell(4).getStringCellValue()).isEqualTo(g.get("demonstrated").asString());
        assertThat(row.getCell(5).getNumericCellValue())
            .isEqualTo(g.get("requiredLevel").asDouble());
        assertThat(row.getCell(6).getNumericCellValue())
            .isEqualTo(g.get("demonstratedLevel").asDouble());
        assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(g.get("gap").asDouble());
      }
      assertThat(gaps.getLastRowNum()).isEqualTo(JSON.get("gaps").size());
    }
  }

  @Test
  void theReasonsSheetHasARowPerCriterionAndReason() throws IOException {
    try (XSSFWorkbook wb = read(PORTFOLIO)) {
      Sheet reasons = wb.getSheet("Reasons");
      int r = 1;
      for (JsonNode unit : JSON.get("qualification").get("units")) {
        for (JsonNode c : unit.get("criteria")) {
          for (JsonNode reason : c.get("reasons")) {
            Row row = reasons.getRow(r++);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(c.get("id").asString());
            assertThat(row.getCell(2).getStringCellValue())
                .isEqualTo(ASSETS.outcomes().get(c.get("outcome").asString()).label());
            assertThat(row.getCell(3).getStringCellValue())
                .isEqualTo(reason.get("rule").asString());
            // Reasons read with evidence titles where the rules wrote ids.
            assertThat(row.getCell(4).getStringCellValue())
                .isEqualTo(PORTFOLIO.names().in(reason.get("message").asString()));
          }
        }
      }
      assertThat(reasons.getLastRowNum()).isEqualTo(r - 1).isEqualTo(reasonCount());
    }
  }

  @Test
  void writingLeavesTheCallersStreamOpen() {
    var out =
        new ByteArrayOutputStream() {
          boolean closed;

          @Override
          public void close() {
            closed = true;
          }
        };
    PortfolioWorkbook.write(PORTFOLIO, ASSETS, out);
    assertThat(out.closed).isFalse();
    assertThat(out.size()).isPositive();
  }

  // --- helpers ---

  static byte[] bytes(Portfolio p) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PortfolioWorkbook.write(p, ASSETS, out);
    return out.toByteArray();
  }

  static XSSFWorkbook read(Portfolio p) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes(p)));
  }

  static Portfolio with(Portfolio p, Assessment a) {
    return new Portfolio(
        p.learnerId(),
        p.learnerName(),
        p.uln(),
        p.centreName(),
        a,
        p.evidence(),
        p.declarations(),
        p.generatedAt(),
        p.audit());
  }

  static Portfolio withAudit(Portfolio p, List<Portfolio.AuditLine> audit) {
    return new Portfolio(
        p.learnerId(),
        p.learnerName(),
        p.uln(),
        p.centreName(),
        p.assessment(),
        p.evidence(),
        p.declarations(),
        p.generatedAt(),
        audit);
  }

  static Portfolio withEvidence(Portfolio p, Portfolio.EvidenceEntry extra) {
    List<Portfolio.EvidenceEntry> evidence = new ArrayList<>(p.evidence());
    evidence.add(extra);
    return new Portfolio(
        p.learnerId(),
        p.learnerName(),
        p.uln(),
        p.centreName(),
        p.assessment(),
        evidence,
        p.declarations(),
        p.generatedAt(),
        p.audit());
  }

  static Portfolio.EvidenceEntry entry(String id, String title, List<Portfolio.FileEntry> files) {
    return new Portfolio.EvidenceEntry(
        id,
        title,
        "PRODUCT",
        LocalDate.of(2026, 3, 2),
        "ASR-02",
        "ACCEPTED",
        "Advanced",
        List.of("U501/1.1", "ATTECL02.P1"),
        files);
  }

  static Row rowLabelled(Sheet sheet, String label) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null
          && first.getCellType() == CellType.STRING
          && first.getStringCellValue().equals(label)) {
        return row;
      }
    }
    throw new AssertionError(sheet.getSheetName() + " has no row '" + label + "'");
  }

  static Row rowOf(Sheet sheet, String id) {
    return rowLabelled(sheet, id);
  }

  static Cell value(Sheet sheet, String label) {
    Cell cell = rowLabelled(sheet, label).getCell(1);
    assertThat(cell).as(label).isNotNull();
    return cell;
  }

  static double number(Sheet sheet, String label) {
    Cell cell = value(sheet, label);
    assertThat(cell.getCellType()).as(label).isEqualTo(CellType.NUMERIC);
    return cell.getNumericCellValue();
  }

  static List<String> texts(Row row, int from, int to) {
    List<String> texts = new ArrayList<>();
    for (int c = from; c < to; c++) {
      texts.add(row.getCell(c).getStringCellValue());
    }
    return texts;
  }

  static List<XSSFConditionalFormattingRule> rulesOn(XSSFSheet sheet, CellRangeAddress range) {
    List<XSSFConditionalFormattingRule> rules = new ArrayList<>();
    var cf = sheet.getSheetConditionalFormatting();
    for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
      XSSFConditionalFormatting f = cf.getConditionalFormattingAt(i);
      if (List.of(f.getFormattingRanges()).contains(range)) {
        for (int j = 0; j < f.getNumberOfRules(); j++) {
          rules.add(f.getRule(j));
        }
      }
    }
    assertThat(rules).as("conditional formats on " + range.formatAsString()).isNotEmpty();
    return rules;
  }

  static String hex(XSSFColor colour) {
    return HexFormat.of().withUpperCase().formatHex(colour.getRGB());
  }

  static String colour(String outcome) {
    return ASSETS.outcomes().get(outcome).colour();
  }

  static int criteriaCount() {
    return ASSESSMENT.qualification().units().stream().mapToInt(u -> u.criteria().size()).sum();
  }

  static int reasonCount() {
    return ASSESSMENT.qualification().units().stream()
        .flatMap(u -> u.criteria().stream())
        .mapToInt(c -> c.reasons().size())
        .sum();
  }
}
