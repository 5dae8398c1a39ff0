package uk.attest.reports;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFFontFormatting;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.Assessment.CriterionView;
import uk.attest.assessment.Assessment.GapView;
import uk.attest.assessment.Assessment.Reason;
import uk.attest.assessment.Assessment.UnitView;

/**
 * A learner's portfolio as an Excel workbook: sheets Summary, Matrix, Evidence, Gaps, Reasons and
 * Audit (the learner's entries in the audit trail).
 *
 * <p>Cells are typed: scores, levels, hours, coverage and audit entry numbers are numbers, dates
 * and times are date cells. Everything a person or a catalogue wrote is set as a string, never as a
 * formula, so a title such as {@code =1+1} stays the text it was (and carries Excel's quote prefix,
 * so editing it keeps it text). The Matrix is a heat map by conditional formatting in the outcome
 * colours of {@code reports/report.yaml}. Cell styles are created once per workbook.
 */
public final class PortfolioWorkbook {
  static final String SUMMARY = "Summary";
  static final String MATRIX = "Matrix";
  static final String EVIDENCE = "Evidence";
  static final String GAPS = "Gaps";
  static final String REASONS = "Reasons";
  static final String AUDIT = "Audit";

  /** Audit times are shown in the zone of the service's centres, as in the PDF. */
  static final ZoneId AUDIT_ZONE = ZoneId.of("Europe/London");

  static final List<String> MATRIX_HEADINGS =
      List.of(
          "Unit id", "Unit number", "Unit", "Criterion", "Criterion text", "Outcome", "Evidence");

  /** The per-unit coverage table on the Matrix sheet, to the right of the criteria. */
  static final int UNITS_FIRST_COLUMN = MATRIX_HEADINGS.size() + 1;

  static final List<String> UNIT_HEADINGS =
      List.of("Unit id", "Unit number", "Unit", "Credit", "Achieved", "Coverage");

  static final List<String> EVIDENCE_HEADINGS =
      List.of(
          "Evidence id",
          "Title",
          "Method",
          "Activity date",
          "Assessor",
          "Decision",
          "Proficiency",
          "Criteria",
          "Files",
          "Size (bytes)",
          "File names",
          "SHA-256");

  static final List<String> GAP_HEADINGS =
      List.of(
          "Role",
          "Competency",
          "Name",
          "Required",
          "Demonstrated",
          "Required level",
          "Demonstrated level",
          "Gap",
          "Rule",
          "Reason",
          "Evidence");

  static final List<String> REASON_HEADINGS =
      List.of("Unit id", "Criterion", "Outcome", "Rule", "Message", "Evidence");

  static final List<String> AUDIT_HEADINGS =
      List.of(
          "Entry",
          "Time (Europe/London)",
          "Actor",
          "Action",
          "Subject",
          "Change (before → after)",
          "SHA-256 chain hash");

  /** The most characters a cell holds (Excel's limit; POI refuses more). */
  static final int CELL_MAX = 32_767;

  /**
   * Shows a TRUE/FALSE cell as TRUE/FALSE in LibreOffice too (Excel does so whatever the format).
   */
  static final String BOOLEAN_FORMAT = "\"TRUE\";\"TRUE\";\"FALSE\"";

  private static final int SUMMARY_VALUE_WIDTH = 75;
  private static final int SUMMARY_CHARS_PER_LINE = SUMMARY_VALUE_WIDTH + 25;

  private PortfolioWorkbook() {}

  /**
   * Writes the workbook to {@code out}. The stream is flushed but not closed: the caller owns it
   * (it may be an HTTP response or an entry of a ZIP).
   */
  public static void write(Portfolio p, ReportAssets assets, OutputStream out) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb, assets);
      wb.getProperties().getCoreProperties().setTitle("Portfolio: " + nz(p.learnerName()));
      wb.getProperties().getCoreProperties().setCreator(assets.organisation());
      summary(wb.createSheet(SUMMARY), p, styles);
      matrix(wb.createSheet(MATRIX), p.assessment(), assets, styles);
      evidence(wb.createSheet(EVIDENCE), p.evidence(), styles);
      gaps(wb.createSheet(GAPS), p.assessment().gaps(), assets, styles);
      reasons(wb.createSheet(REASONS), p.assessment(), assets, styles);
      audit(wb.createSheet(AUDIT), p.audit(), styles);
      for (var sheet : wb) {
        // Printed, every sheet fits the page's width (and the tables turn landscape).
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.getPrintSetup().setLandscape(!sheet.getSheetName().equals(SUMMARY));
      }
      wb.write(new KeepOpen(out));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the portfolio workbook", e);
    }
  }

  private static void summary(XSSFSheet sheet, Portfolio p, Styles s) {
    Assessment a = p.assessment();
    var q = a.qualification();
    Row title = sheet.createRow(0);
    text(title.createCell(0), "Learner portfolio", s.title, s);
    int r = 2;
    r = pair(sheet, r, "Learner", p.learnerName(), s);
    r = pair(sheet, r, "Learner id", p.learnerId(), s);
    r = pair(sheet, r, "ULN", p.uln(), s);
    r = pair(sheet, r, "Centre", p.centreName(), s);
    r = pair(sheet, r, "Qualification", q.title(), s);
    r = pair(sheet, r, "Qualification number", q.number(), s);
    r = number(sheet, r, "Level", q.level(), s.integer, s);
    r = number(sheet, r, "Credit", q.credit(), s.integer, s);
    r = date(sheet, r, "Assessed on", a.assessedOn(), s);
    r = number(sheet, r, "Readiness score", q.readiness().score(), s.integer, s);
    r = pair(sheet, r, "Readiness", q.readiness().status(), s);
    r = pair(sheet, r, "Readiness reason", q.readiness().reason(), s);
    var progression = a.progression();
    r = pair(sheet, r, "Next role", progression == null ? null : progression.targetTitle(), s);
    Integer progressionScore = progression == null ? null : progression.score();
    r = number(sheet, r, "Progression score", progressionScore, s.integer, s);
    var time = a.timeToCompetency();
    r =
        number(
            sheet,
            r,
            "Time to competency (weeks)",
            time == null ? null : time.weeks(),
            s.integer,
            s);
    r =
        number(
            sheet,
            r,
            "Time to competency (hours)",
            time == null ? null : time.hours(),
            s.decimal,
            s);
    r =
        number(
            sheet,
            r,
            "Weekly learning hours",
            time == null ? null : time.weeklyHours(),
            s.decimal,
            s);
    r = pair(sheet, r, "Catalogue version", a.catalogueVersion(), s);
    r = pair(sheet, r, "Ruleset version", a.rulesetVersion(), s);
    Row generated = sheet.createRow(r);
    text(generated.createCell(0), "Generated at (UTC)", s.label, s);
    if (p.generatedAt() != null) {
      Cell cell = generated.createCell(1);
      LocalDateTime utc = p.generatedAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
      cell.setCellValue(utc);
      cell.setCellStyle(s.dateTime);
    }
    sheet.setColumnWidth(0, 30 * 256);
    sheet.setColumnWidth(1, SUMMARY_VALUE_WIDTH * 256);
  }

  private static int pair(Sheet sheet, int r, String label, String value, Styles s) {
    Row row = sheet.createRow(r);
    text(row.createCell(0), label, s.label, s);
    if (value != null) {
      text(row.createCell(1), value, s.wrap, s);
      // Not every reader sizes wrapped rows itself: give long values the lines they need.
      int lines = (value.length() + SUMMARY_CHARS_PER_LINE - 1) / SUMMARY_CHARS_PER_LINE;
      if (lines > 1) {
        row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
      }
    }
    return r + 1;
  }

  private static int number(
      Sheet sheet, int r, String label, Number value, CellStyle style, Styles s) {
    Row row = sheet.createRow(r);
    text(row.createCell(0), label, s.label, s);
    if (value != null) {
      Cell cell = row.createCell(1);
      cell.setCellValue(value.doubleValue());
      cell.setCellStyle(style);
    }
    return r + 1;
  }

  private static int date(Sheet sheet, int r, String label, LocalDate value, Styles s) {
    Row row = sheet.createRow(r);
    text(row.createCell(0), label, s.label, s);
    dateCell(row, 1, value, s);
    return r + 1;
  }

  private static void matrix(XSSFSheet sheet, Assessment a, ReportAssets assets, Styles s) {
    header(sheet, MATRIX_HEADINGS, 0, s);
    int r = 1;
    for (UnitView u : a.qualification().units()) {
      for (CriterionView c : u.criteria()) {
        Row row = sheet.createRow(r++);
        text(row.createCell(0), u.id(), s.plain, s);
        text(row.createCell(1), u.ref(), s.plain, s);
        text(row.createCell(2), u.title(), s.plain, s);
        text(row.createCell(3), c.id(), s.plain, s);
        text(row.createCell(4), c.text(), s.plain, s);
        text(row.createCell(5), c.outcome(), s.outcome, s);
        text(row.createCell(6), join(c.evidence()), s.plain, s);
      }
    }
    int last = Math.max(r - 1, 1);
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, last, 0, MATRIX_HEADINGS.size() - 1));
    heatMap(sheet, new CellRangeAddress(1, last, 5, 5), assets);
    int[] widths = {10, 14, 40, 12, 70, 14, 24};
    width(sheet, widths, 0);

    // The units' coverage: a number (0 to 1, shown as a percentage) on a colour scale.
    int c0 = UNITS_FIRST_COLUMN;
    header(sheet, UNIT_HEADINGS, c0, s);
    int ur = 1;
    for (UnitView u : a.qualification().units()) {
      Row row = sheet.getRow(ur) != null ? sheet.getRow(ur) : sheet.createRow(ur);
      ur++;
      text(row.createCell(c0), u.id(), s.plain, s);
      text(row.createCell(c0 + 1), u.ref(), s.plain, s);
      text(row.createCell(c0 + 2), u.title(), s.plain, s);
      Cell credit = row.createCell(c0 + 3);
      credit.setCellValue(u.credit());
      credit.setCellStyle(s.integer);
      Cell achieved = row.createCell(c0 + 4);
      achieved.setCellValue(u.achieved());
      achieved.setCellStyle(s.bool);
      Cell coverage = row.createCell(c0 + 5);
      coverage.setCellValue(u.coverage());
      coverage.setCellStyle(s.percent);
    }
    if (ur > 1) {
      colourScale(sheet, new CellRangeAddress(1, ur - 1, c0 + 5, c0 + 5), assets);
    }
    width(sheet, new int[] {10, 14, 40, 8, 10, 10}, c0);
    sheet.setColumnWidth(c0 - 1, 3 * 256);
  }

  private static void evidence(XSSFSheet sheet, List<Portfolio.EvidenceEntry> items, Styles s) {
    header(sheet, EVIDENCE_HEADINGS, 0, s);
    int r = 1;
    for (Portfolio.EvidenceEntry e : items) {
      Row row = sheet.createRow(r++);
      text(row.createCell(0), e.id(), s.plain, s);
      text(row.createCell(1), e.title(), s.plain, s);
      text(row.createCell(2), e.method(), s.plain, s);
      dateCell(row, 3, e.activityDate(), s);
      text(row.createCell(4), e.assessor(), s.plain, s);
      text(row.createCell(5), e.decision(), s.plain, s);
      text(row.createCell(6), e.proficiency(), s.plain, s);
      text(row.createCell(7), join(e.criteria()), s.wrap, s);
      Cell files = row.createCell(8);
      files.setCellValue(e.files().size());
      files.setCellStyle(s.integer);
      Cell size = row.createCell(9);
      size.setCellValue(e.files().stream().mapToLong(Portfolio.FileEntry::size).sum());
      size.setCellStyle(s.integer);
      text(row.createCell(10), lines(e.files(), Portfolio.FileEntry::name), s.wrap, s);
      text(row.createCell(11), lines(e.files(), Portfolio.FileEntry::sha256), s.wrapMono, s);
    }
    table(sheet, r, EVIDENCE_HEADINGS.size());
    width(sheet, new int[] {11, 50, 22, 13, 12, 18, 14, 30, 7, 12, 30, 68}, 0);
  }

  private static void gaps(XSSFSheet sheet, List<GapView> gaps, ReportAssets assets, Styles s) {
    header(sheet, GAP_HEADINGS, 0, s);
    int r = 1;
    for (GapView g : gaps) {
      Row row = sheet.createRow(r++);
      text(row.createCell(0), g.role(), s.plain, s);
      text(row.createCell(1), g.competency(), s.plain, s);
      text(row.createCell(2), g.name(), s.plain, s);
      text(row.createCell(3), g.required(), s.plain, s);
      text(row.createCell(4), g.demonstrated(), s.plain, s);
      int c = 5;
      for (int n : new int[] {g.requiredLevel(), g.demonstratedLevel(), g.gap()}) {
        Cell cell = row.createCell(c++);
        cell.setCellValue(n);
        cell.setCellStyle(s.integer);
      }
      text(row.createCell(8), g.rule(), s.plain, s);
      text(row.createCell(9), g.reason(), s.plain, s);
      text(row.createCell(10), join(g.evidence()), s.plain, s);
    }
    table(sheet, r, GAP_HEADINGS.size());
    if (r > 1) {
      // The skills-gap heat map: no gap in the MET colour, the widest gap in the NOT_MET colour.
      SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
      XSSFConditionalFormattingRule rule =
          (XSSFConditionalFormattingRule) cf.createConditionalFormattingColorScaleRule();
      XSSFColorScaleFormatting scale = rule.getColorScaleFormatting();
      scale.setNumControlPoints(2);
      scale.getThresholds()[0].setRangeType(RangeType.NUMBER);
      scale.getThresholds()[0].setValue(0d);
      scale.getThresholds()[1].setRangeType(RangeType.MAX);
      scale.setColors(new XSSFColor[] {colour(assets, "MET"), colour(assets, "NOT_MET")});
      cf.addConditionalFormatting(
          new CellRangeAddress[] {new CellRangeAddress(1, r - 1, 7, 7)}, rule);
    }
    width(sheet, new int[] {26, 30, 34, 14, 14, 10, 10, 7, 9, 60, 30}, 0);
  }

  private static void reasons(XSSFSheet sheet, Assessment a, ReportAssets assets, Styles s) {
    header(sheet, REASON_HEADINGS, 0, s);
    int r = 1;
    for (UnitView u : a.qualification().units()) {
      for (CriterionView c : u.criteria()) {
        for (Reason reason : c.reasons()) {
          Row row = sheet.createRow(r++);
          text(row.createCell(0), u.id(), s.plain, s);
          text(row.createCell(1), c.id(), s.plain, s);
          text(row.createCell(2), c.outcome(), s.outcome, s);
          text(row.createCell(3), reason.rule(), s.plain, s);
          text(row.createCell(4), reason.message(), s.plain, s);
          text(row.createCell(5), join(reason.evidence()), s.plain, s);
        }
      }
    }
    table(sheet, r, REASON_HEADINGS.size());
    if (r > 1) {
      heatMap(sheet, new CellRangeAddress(1, r - 1, 2, 2), assets);
    }
    width(sheet, new int[] {10, 12, 14, 10, 90, 30}, 0);
  }

  private static void audit(XSSFSheet sheet, List<Portfolio.AuditLine> lines, Styles s) {
    header(sheet, AUDIT_HEADINGS, 0, s);
    int r = 1;
    for (Portfolio.AuditLine line : lines) {
      Row row = sheet.createRow(r++);
      Cell seq = row.createCell(0);
      seq.setCellValue(line.seq());
      seq.setCellStyle(s.integer);
      if (line.at() != null) {
        Cell at = row.createCell(1);
        at.setCellValue(line.at().atZoneSameInstant(AUDIT_ZONE).toLocalDateTime());
        at.setCellStyle(s.dateTime);
      }
      text(row.createCell(2), line.actor(), s.plain, s);
      text(row.createCell(3), line.action(), s.plain, s);
      text(row.createCell(4), line.subject(), s.plain, s);
      text(row.createCell(5), fit(line.change()), s.wrap, s);
      text(row.createCell(6), line.hash(), s.wrapMono, s);
    }
    table(sheet, r, AUDIT_HEADINGS.size());
    width(sheet, new int[] {8, 20, 34, 20, 24, 80, 68}, 0);
  }

  /**
   * Text cut to what a cell holds, saying where it was cut; the full text is in the audit trail.
   */
  static String fit(String value) {
    if (value == null || value.length() <= CELL_MAX) {
      return value;
    }
    String cut = " … (cut at Excel's cell limit)";
    int end = CELL_MAX - cut.length();
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end) + cut;
  }

  /** One rule per outcome: the cell equal to the outcome's name fills with its colour. */
  private static void heatMap(XSSFSheet sheet, CellRangeAddress range, ReportAssets assets) {
    SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
    for (String outcome : ReportAssets.OUTCOMES) {
      XSSFConditionalFormattingRule rule =
          (XSSFConditionalFormattingRule)
              cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"" + outcome + "\"");
      XSSFPatternFormatting fill = rule.createPatternFormatting();
      fill.setFillBackgroundColor(colour(assets, outcome));
      fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
      XSSFFontFormatting font = rule.createFontFormatting();
      font.setFontColor(contrasting(assets.outcomes().get(outcome).colour()));
      cf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
    }
  }

  private static void colourScale(XSSFSheet sheet, CellRangeAddress range, ReportAssets assets) {
    SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
    XSSFConditionalFormattingRule rule =
        (XSSFConditionalFormattingRule) cf.createConditionalFormattingColorScaleRule();
    XSSFColorScaleFormatting scale = rule.getColorScaleFormatting();
    // Fixed points, so 0 % and 100 % always look the same whichever units are on the sheet.
    scale.getThresholds()[0].setRangeType(RangeType.NUMBER);
    scale.getThresholds()[0].setValue(0d);
    scale.getThresholds()[1].setRangeType(RangeType.NUMBER);
    scale.getThresholds()[1].setValue(0.5d);
    scale.getThresholds()[2].setRangeType(RangeType.NUMBER);
    scale.getThresholds()[2].setValue(1d);
    scale.setColors(
        new XSSFColor[] {
          colour(assets, "NOT_MET"), colour(assets, "PARTIAL"), colour(assets, "MET")
        });
    cf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
  }

  static XSSFColor colour(ReportAssets assets, String outcome) {
    return rgb(assets.outcomes().get(outcome).colour());
  }

  private static XSSFColor rgb(String hex) {
    int v = Integer.parseInt(hex, 16);
    return new XSSFColor(new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v});
  }

  /** Black or white, whichever reads better on the given fill (WCAG relative luminance). */
  private static XSSFColor contrasting(String hex) {
    int v = Integer.parseInt(hex, 16);
    double l =
        0.2126 * linear((v >> 16) & 0xFF)
            + 0.7152 * linear((v >> 8) & 0xFF)
            + 0.0722 * linear(v & 0xFF);
    return rgb(l > 0.179 ? "000000" : "FFFFFF");
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static void header(Sheet sheet, List<String> headings, int firstColumn, Styles s) {
    Row row = sheet.getRow(0) != null ? sheet.getRow(0) : sheet.createRow(0);
    for (int i = 0; i < headings.size(); i++) {
      text(row.createCell(firstColumn + i), headings.get(i), s.header, s);
    }
  }

  private static void table(Sheet sheet, int rows, int columns) {
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 1), 0, columns - 1));
  }

  private static void width(Sheet sheet, int[] widths, int firstColumn) {
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(firstColumn + i, widths[i] * 256);
    }
  }

  private static void dateCell(Row row, int column, LocalDate value, Styles s) {
    if (value != null) {
      Cell cell = row.createCell(column);
      cell.setCellValue(value);
      cell.setCellStyle(s.date);
    }
  }

  /**
   * Sets text as a string cell (never a formula). Text that a spreadsheet would read as a formula
   * also gets the quote prefix, as Excel does when someone types {@code '=1+1}.
   */
  static void text(Cell cell, String value, CellStyle style, Styles s) {
    if (value == null) {
      cell.setCellStyle(style);
      return;
    }
    cell.setCellValue(value);
    cell.setCellStyle(looksLikeFormula(value) ? s.quoted(style) : style);
  }

  static boolean looksLikeFormula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char c = value.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@';
  }

  private static String join(List<String> values) {
    return values == null ? "" : String.join(", ", values);
  }

  private static String lines(
      List<Portfolio.FileEntry> files, java.util.function.Function<Portfolio.FileEntry, String> f) {
    return files.stream().map(f).map(PortfolioWorkbook::nz).collect(Collectors.joining("\n"));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** The workbook's cell styles, created once (a workbook holds at most 64,000 of them). */
  static final class Styles {
    private final Workbook wb;
    final CellStyle title;
    final CellStyle header;
    final CellStyle label;
    final CellStyle plain;
    final CellStyle wrap;
    final CellStyle wrapMono;
    final CellStyle outcome;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle percent;
    final CellStyle bool;
    final CellStyle date;
    final CellStyle dateTime;
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

    Styles(XSSFWorkbook wb, ReportAssets assets) {
      this.wb = wb;
      var format = wb.getCreationHelper().createDataFormat();
      XSSFFont bold = wb.createFont();
      bold.setBold(true);
      XSSFFont big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      big.setColor(rgb(assets.accent()));
      XSSFFont white = wb.createFont();
      white.setBold(true);
      white.setColor(rgb("FFFFFF"));
      XSSFFont mono = wb.createFont();
      mono.setFontName("Courier New");

      title = wb.createCellStyle();
      title.setFont(big);

      XSSFCellStyle h = wb.createCellStyle();
      h.setFont(white);
      h.setFillForegroundColor(rgb(assets.accent()));
      h.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      h.setBorderBottom(BorderStyle.THIN);
      h.setVerticalAlignment(VerticalAlignment.CENTER);
      h.setWrapText(true);
      header = h;

      label = wb.createCellStyle();
      label.setFont(bold);
      label.setVerticalAlignment(VerticalAlignment.TOP);

      plain = wb.createCellStyle();
      plain.setVerticalAlignment(VerticalAlignment.TOP);

      wrap = wb.createCellStyle();
      wrap.cloneStyleFrom(plain);
      wrap.setWrapText(true);

      wrapMono = wb.createCellStyle();
      wrapMono.cloneStyleFrom(wrap);
      wrapMono.setFont(mono);

      outcome = wb.createCellStyle();
      outcome.cloneStyleFrom(plain);
      outcome.setFont(bold);

      integer = wb.createCellStyle();
      integer.cloneStyleFrom(plain);
      integer.setDataFormat(format.getFormat("0"));

      decimal = wb.createCellStyle();
      decimal.cloneStyleFrom(plain);
      decimal.setDataFormat(format.getFormat("0.0"));

      percent = wb.createCellStyle();
      percent.cloneStyleFrom(plain);
      percent.setDataFormat(format.getFormat("0.0%"));

      bool = wb.createCellStyle();
      bool.cloneStyleFrom(plain);
      bool.setDataFormat(format.getFormat(BOOLEAN_FORMAT));

      date = wb.createCellStyle();
      date.cloneStyleFrom(plain);
      date.setDataFormat(format.getFormat("yyyy-mm-dd"));

      dateTime = wb.createCellStyle();
      dateTime.cloneStyleFrom(plain);
      dateTime.setDataFormat(format.getFormat("yyyy-mm-dd hh:mm:ss"));
    }

    /** The style with Excel's quote prefix, made at most once per base style. */
    CellStyle quoted(CellStyle base) {
      return quoted.computeIfAbsent(
          base,
          b -> {
            CellStyle q = wb.createCellStyle();
            q.cloneStyleFrom(b);
            q.setQuotePrefixed(true);
            return q;
          });
    }
  }

  /** Lets POI finish the ZIP without closing the caller's stream. */
  static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
