package uk.attest.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import uk.attest.assessment.Assessment;

/** The streamed cohort workbook, read back: typed cells, frozen filtered header, small window. */
class CohortWorkbookTest {
  static final ReportAssets ASSETS = PortfolioWorkbookTest.ASSETS;
  static final Assessment GAPS = PortfolioWorkbookTest.ASSESSMENT;
  static final JsonNode JSON = PortfolioWorkbookTest.JSON;
  static final String TITLE = "Attest Training — 699/9001/5 cohort";

  @Test
  void eachRowHoldsTheJsonAssessmentsUnitWithTypedCells() throws IOException {
    List<CohortRow> rows = CohortRow.of("Zoë Ó Briain", "LRN-0002", GAPS);
    try (XSSFWorkbook wb = read(write(rows))) {
      XSSFSheet sheet = wb.getSheet("Cohort");
      assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
      Row header = sheet.getRow(0);
      for (int c = 0; c < CohortRow.HEADINGS.size(); c++) {
        assertThat(header.getCell(c).getStringCellValue()).isEqualTo(CohortRow.HEADINGS.get(c));
      }
      JsonNode units = JSON.get("qualification").get("units");
      for (int i = 0; i < units.size(); i++) {
        JsonNode unit = units.get(i);
        Row row = sheet.getRow(i + 1);
        assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
        assertThat(row.getCell(0).getStringCellValue())
            .isEqualTo(JSON.get("learner").get("uln").asString());
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Zoë Ó Briain");
        assertThat(row.getCell(3).getStringCellValue())
            .isEqualTo(JSON.get("qualification").get("number").asString());
        assertThat(row.getCell(5).getStringCellValue()).isEqualTo(unit.get("ref").asString());
        assertThat(row.getCell(6).getStringCellValue()).isEqualTo(unit.get("id").asString());
        Cell achieved = row.getCell(8);
        assertThat(achieved.getCellType()).isEqualTo(CellType.BOOLEAN);
        assertThat(achieved.getBooleanCellValue()).isEqualTo(unit.get("achieved").asBoolean());
        Cell coverage = row.getCell(9);
        assertThat(coverage.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(coverage.getNumericCellValue()).isEqualTo(unit.get("coverage").asDouble());
        assertThat(coverage.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        Cell score = row.getCell(10);
        assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(score.getNumericCellValue())
            .isEqualTo(JSON.get("qualification").get("readiness").get("score").asDouble());
        assertThat(row.getCell(11).getStringCellValue())
            .isEqualTo(JSON.get("qualification").get("readiness").get("status").asString());
      }
      assertThat(sheet.getRow(2).getCell(9).getNumericCellValue()).isEqualTo(0.1538);
      assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo(TITLE);
    }
  }

  @Test
  void theHeaderRowIsStyledFrozenAndFiltered() throws IOException {
    List<CohortRow> rows = CohortRow.of("Zoë Ó Briain", "LRN-0002", GAPS);
    try (XSSFWorkbook wb = read(write(rows))) {
      XSSFSheet sheet = wb.getSheet("Cohort");
      XSSFCellStyle style = (XSSFCellStyle) sheet.getRow(0).getCell(0).getCellStyle();
      assertThat(style.getFont().getBold()).isTrue();
      assertThat(PortfolioWorkbookTest.hex(style.getFillForegroundColorColor()))
          .isEqualTo(ASSETS.accent());
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L9");
    }
  }

  @Test
  void achievedAndCoverageAreColouredWithTheAssetColours() throws IOException {
    List<CohortRow> rows = CohortRow.of("Zoë Ó Briain", "LRN-0002", GAPS);
    try (XSSFWorkbook wb = read(write(rows))) {
      XSSFSheet sheet = wb.getSheet("Cohort");
      Map<String, String> fills = new HashMap<>();
      for (XSSFConditionalFormattingRule rule :
          PortfolioWorkbookTest.rulesOn(sheet, new CellRangeAddress(1, 8, 8, 8))) {
        fills.put(
            rule.getFormula1(),
            PortfolioWorkbookTest.hex(
                (XSSFColor) rule.getPatternFormatting().getFillBackgroundColorColor()));
      }
      assertThat(fills)
          .containsOnly(
              Map.entry("I2=TRUE", PortfolioWorkbookTest.colour("MET")),
              Map.entry("I2=FALSE", PortfolioWorkbookTest.colour("NOT_MET")));
      var scale =
          PortfolioWorkbookTest.rulesOn(sheet, new CellRangeAddress(1, 8, 9, 9))
              .get(0)
              .getColorScaleFormatting();
      assertThat(scale.getColors())
          .extracting(c -> PortfolioWorkbookTest.hex((XSSFColor) c))
          .containsExactly(
              PortfolioWorkbookTest.colour("NOT_MET"),
              PortfolioWorkbookTest.colour("PARTIAL"),
              PortfolioWorkbookTest.colour("MET"));
    }
  }

  @Test
  void textThatLooksLikeAFormulaStaysAStringCell() throws IOException {
    CohortRow base = CohortRow.of("x", "LRN-0002", GAPS).get(0);
    CohortRow evil =
        new CohortRow(
            base.uln(),
            "=HYPERLINK(\"x\")",
            "@SUM(A1)",
            base.qualificationNumber(),
            "+44",
            base.unitRef(),
            base.unitId(),
            "-1+2",
            base.achieved(),
            base.coverage(),
            base.readinessScore(),
            base.readinessStatus());
    try (XSSFWorkbook wb = read(write(List.of(evil)))) {
      Row row = wb.getSheet("Cohort").getRow(1);
      Map<Integer, String> expected =
          Map.of(1, "=HYPERLINK(\"x\")", 2, "@SUM(A1)", 4, "+44", 7, "-1+2");
      expected.forEach(
          (column, value) -> {
            Cell cell = row.getCell(column);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(value);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
          });
      for (Cell cell : row) {
        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
      }
    }
  }

  @Test
  void tenThousandLearnersByEightUnitsStreamThroughASmallWindowOfRows(@TempDir Path dir)
      throws Exception {
    Path temp = Files.createDirectories(dir.resolve("poi"));
    Path file = dir.resolve("cohort.xlsx");
    List<CohortRow> units = CohortRow.of("x", "x", GAPS);
    assertThat(units).hasSize(8);
    int learners = 10_000;
    int mostInMemory = 0;
    boolean spilled = false;
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temp.toFile()));
    try (OutputStream out = Files.newOutputStream(file)) {
      try (CohortWorkbook book = new CohortWorkbook(out, ASSETS, TITLE)) {
        for (int i = 0; i < learners; i++) {
          for (CohortRow u : units) {
            book.add(learner(u, i));
          }
          mostInMemory = Math.max(mostInMemory, book.rowsInMemory());
          if (i == learners / 2) {
            spilled = !files(temp).isEmpty();
          }
        }
        assertThat(book.rows()).isEqualTo(learners * 8);
      }
    } finally {
      TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }
    assertThat(mostInMemory).isLessThanOrEqualTo(CohortWorkbook.WINDOW);
    assertThat(spilled).as("rows beyond the window go to a temporary file").isTrue();
    assertThat(files(temp)).as("the temporary file is deleted on close").isEmpty();

    // Read back by streaming the sheet's XML: the row count and a few rows (r is 1-based, and row
    // 1 is the header).
    Set<Integer> wanted = Set.of(1, 2, 3, 4, 40_002, 80_001);
    SheetScan scan = scan(file, wanted);
    assertThat(scan.rows).isEqualTo(learners * 8 + 1);
    assertThat(scan.cells.get(1).get("A")).isEqualTo(new Xml("inlineStr", "ULN"));
    assertThat(scan.cells.get(2).get("A")).isEqualTo(new Xml("inlineStr", "1000000000"));
    assertThat(scan.cells.get(2).get("B")).isEqualTo(new Xml("inlineStr", "Learner 0"));
    assertThat(scan.cells.get(2).get("I")).isEqualTo(new Xml("b", "1"));
    assertThat(scan.cells.get(3).get("G")).isEqualTo(new Xml("inlineStr", "U502"));
    assertThat(scan.cells.get(3).get("I")).isEqualTo(new Xml("b", "0"));
    assertThat(scan.cells.get(3).get("J").type()).isIn(null, "n");
    assertThat(Double.parseDouble(scan.cells.get(3).get("J").value())).isEqualTo(0.1538);
    assertThat(Double.parseDouble(scan.cells.get(3).get("K").value())).isEqualTo(27);
    assertThat(Double.parseDouble(scan.cells.get(4).get("J").value())).isEqualTo(0.2727);
    // Row 40,002 is the first unit of learner 5,000; row 80,001 the last unit of the last one.
    assertThat(scan.cells.get(40_002).get("B").value()).isEqualTo("Learner 5000");
    assertThat(scan.cells.get(40_002).get("G").value()).isEqualTo("U501");
    assertThat(scan.cells.get(80_001).get("B").value()).isEqualTo("Learner 9999");
    assertThat(scan.cells.get(80_001).get("C").value()).isEqualTo("LRN-9999");
    assertThat(scan.cells.get(80_001).get("G").value()).isEqualTo("U508");
  }

  @Test
  void closeWritesOnceAndLeavesTheCallersStreamOpen() throws IOException {
    var out =
        new ByteArrayOutputStream() {
          boolean closed;

          @Override
          public void close() {
            closed = true;
          }
        };
    CohortWorkbook book = new CohortWorkbook(out, ASSETS, TITLE);
    CohortRow.of("Zoë Ó Briain", "LRN-0002", GAPS).forEach(book::add);
    book.close();
    int size = out.size();
    book.close();
    assertThat(out.closed).isFalse();
    assertThat(out.size()).isEqualTo(size).isPositive();
    assertThatThrownBy(() -> book.add(CohortRow.of("x", "x", GAPS).get(0)))
        .isInstanceOf(IllegalStateException.class);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(wb.getSheet("Cohort").getLastRowNum()).isEqualTo(8);
    }
  }

  @Test
  void anEmptyCohortIsAHeaderRowOnly() throws IOException {
    try (XSSFWorkbook wb = read(write(List.of()))) {
      XSSFSheet sheet = wb.getSheet("Cohort");
      assertThat(sheet.getLastRowNum()).isZero();
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ULN");
    }
  }

  // --- helpers ---

  static CohortRow learner(CohortRow u, int i) {
    return new CohortRow(
        Long.toString(1_000_000_000L + i),
        "Learner " + i,
        "LRN-" + i,
        u.qualificationNumber(),
        u.qualificationTitle(),
        u.unitRef(),
        u.unitId(),
        u.unitTitle(),
        u.achieved(),
        u.coverage(),
        u.readinessScore(),
        u.readinessStatus());
  }

  static byte[] write(List<CohortRow> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CohortWorkbook book = new CohortWorkbook(out, ASSETS, TITLE)) {
      rows.forEach(book::add);
    }
    return out.toByteArray();
  }

  static XSSFWorkbook read(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  /** A cell as the sheet XML has it: its t attribute (null for a number) and its value. */
  record Xml(String type, String value) {}

  record SheetScan(int rows, Map<Integer, Map<String, Xml>> cells) {}

  /** Streams the first sheet's XML (StAX), counting rows and keeping the wanted ones (1-based). */
  static SheetScan scan(Path xlsx, Set<Integer> wanted) throws IOException, XMLStreamException {
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      ZipEntry entry = zip.getEntry("xl/worksheets/sheet1.xml");
      try (InputStream in = zip.getInputStream(entry)) {
        XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
        int rows = 0;
        Map<Integer, Map<String, Xml>> cells = new HashMap<>();
        Map<String, Xml> current = null;
        String ref = null;
        String type = null;
        StringBuilder text = new StringBuilder();
        List<String> open = new ArrayList<>();
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            open.add(name);
            if (name.equals("row")) {
              rows++;
              int r = Integer.parseInt(xml.getAttributeValue(null, "r"));
              current = wanted.contains(r) ? new HashMap<>() : null;
              if (current != null) {
                cells.put(r, current);
              }
            } else if (name.equals("c") && current != null) {
              ref = xml.getAttributeValue(null, "r").replaceAll("[0-9]", "");
              type = xml.getAttributeValue(null, "t");
              text.setLength(0);
            }
          } else if (event == XMLStreamConstants.CHARACTERS && current != null) {
            String inside = open.isEmpty() ? "" : open.get(open.size() - 1);
            if (inside.equals("v") || inside.equals("t")) {
              text.append(xml.getText());
            }
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            open.remove(open.size() - 1);
            if (xml.getLocalName().equals("c") && current != null) {
              current.put(ref, new Xml(type, text.toString()));
            }
          }
        }
        return new SheetScan(rows, cells);
      }
    }
  }
}
