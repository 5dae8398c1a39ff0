package uk.attest.reports.workbook;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import uk.attest.assessment.Assessment;
import uk.attest.reports.Portfolio;

/**
 * The Summary sheet: the learner, the qualification, the readiness and progression scores, the time
 * to competency and the versions assessed with, a labelled value to a row.
 */
final class SummarySheet {
  static final String NAME = "Summary";

  private static final int VALUE_WIDTH = 75;
  private static final int CHARS_PER_LINE = VALUE_WIDTH + 25;

  private final XSSFSheet sheet;
  private final Styles s;
  private int next = 2;

  private SummarySheet(XSSFSheet sheet, Styles s) {
    this.sheet = sheet;
    this.s = s;
  }

  static void write(XSSFSheet sheet, Portfolio p, Styles s) {
    new SummarySheet(sheet, s).rows(p);
    sheet.setColumnWidth(0, 30 * 256);
    sheet.setColumnWidth(1, VALUE_WIDTH * 256);
  }

  private void rows(Portfolio p) {
    Assessment a = p.assessment();
    var q = a.qualification();
    Cells.text(sheet.createRow(0).createCell(0), "Learner portfolio", s.title, s);
    text("Learner", p.learnerName());
    text("Learner id", p.learnerId());
    text("ULN", p.uln());
    text("Centre", p.centreName());
    text("Qualification", q.title());
    text("Qualification number", q.number());
    number("Level", q.level(), s.integer);
    number("Credit", q.credit(), s.integer);
    date("Assessed on", a.assessedOn());
    number("Readiness score", q.readiness().score(), s.integer);
    text("Readiness", q.readiness().status());
    text("Readiness reason", q.readiness().reason());
    var progression = a.progression();
    text("Next role", progression == null ? null : progression.targetTitle());
    number("Progression score", progression == null ? null : progression.score(), s.integer);
    var time = a.timeToCompetency();
    number("Time to competency (weeks)", time == null ? null : time.weeks(), s.integer);
    number("Time to competency (hours)", time == null ? null : time.hours(), s.decimal);
    number("Weekly learning hours", time == null ? null : time.weeklyHours(), s.decimal);
    text("Catalogue version", a.catalogueVersion());
    text("Ruleset version", a.rulesetVersion());
    for (var d : p.declarations()) {
      text(
          switch (d.role()) {
            case "LEARNER" -> "Learner's declaration";
            case "ASSESSOR" -> "Assessor's declaration";
            case "IQA" -> "IQA declaration";
            default -> d.role() + " declaration";
          },
          d.status());
    }
    Cells.dateTime(labelled("Generated at (UTC)"), 1, p.generatedAt(), ZoneOffset.UTC, s);
  }

  /** The next row, with its label in the first column. */
  private Row labelled(String label) {
    Row row = sheet.createRow(next++);
    Cells.text(row.createCell(0), label, s.label, s);
    return row;
  }

  private void text(String label, String value) {
    Row row = labelled(label);
    if (value != null) {
      Cells.text(row.createCell(1), value, s.wrap, s);
      // Not every reader sizes wrapped rows itself: give long values the lines they need.
      int lines = (value.length() + CHARS_PER_LINE - 1) / CHARS_PER_LINE;
      if (lines > 1) {
        row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
      }
    }
  }

  /** A number, or no value cell where there is none (a blank, not zero). */
  private void number(String label, Number value, CellStyle style) {
    Row row = labelled(label);
    if (value != null) {
      Cells.number(row, 1, value.doubleValue(), style);
    }
  }

  private void date(String label, LocalDate value) {
    Cells.date(labelled(label), 1, value, s);
  }
}
