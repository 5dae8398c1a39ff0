package uk.attest.reports.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.Assessment.CriterionView;
import uk.attest.assessment.Assessment.UnitView;
import uk.attest.reports.ReportAssets;

/**
 * The Matrix sheet: a row per assessment criterion with its outcome, a heat map in the outcome
 * colours, and beside it a table of each unit's coverage.
 */
public final class MatrixSheet {
  static final String NAME = "Matrix";

  public static final List<String> HEADINGS =
      List.of(
          "Unit id", "Unit number", "Unit", "Criterion", "Criterion text", "Outcome", "Evidence");

  /** The units' table stands to the right of the criteria, after an empty column. */
  public static final int UNITS_FIRST_COLUMN = HEADINGS.size() + 1;

  public static final List<String> UNIT_HEADINGS =
      List.of("Unit id", "Unit number", "Unit", "Credit", "Achieved", "Coverage");

  private static final int OUTCOME = HEADINGS.indexOf("Outcome");

  private MatrixSheet() {}

  static void write(XSSFSheet sheet, Assessment a, ReportAssets assets, Styles s) {
    criteria(sheet, a, assets, s);
    units(sheet, a, assets, s);
  }

  private static void criteria(XSSFSheet sheet, Assessment a, ReportAssets assets, Styles s) {
    Table.header(sheet, HEADINGS, 0, s);
    int r = 1;
    for (UnitView u : a.qualification().units()) {
      for (CriterionView c : u.criteria()) {
        Row row = sheet.createRow(r++);
        Cells.text(row.createCell(0), u.id(), s.plain, s);
        Cells.text(row.createCell(1), u.ref(), s.plain, s);
        Cells.text(row.createCell(2), u.title(), s.plain, s);
        Cells.text(row.createCell(3), c.id(), s.plain, s);
        Cells.text(row.createCell(4), c.text(), s.plain, s);
        Cells.text(row.createCell(OUTCOME), c.outcome(), s.outcome, s);
        Cells.text(row.createCell(6), Cells.join(c.evidence()), s.plain, s);
      }
    }
    Table.freezeAndFilter(sheet, r, HEADINGS.size());
    int last = Math.max(r - 1, 1);
    OutcomeColours.heatMap(sheet, new CellRangeAddress(1, last, OUTCOME, OUTCOME), assets);
    Table.widths(sheet, 0, 10, 14, 40, 12, 70, 14, 24);
  }

  /** The units' coverage: a number (0 to 1, shown as a percentage) on a colour scale. */
  private static void units(XSSFSheet sheet, Assessment a, ReportAssets assets, Styles s) {
    int c0 = UNITS_FIRST_COLUMN;
    Table.header(sheet, UNIT_HEADINGS, c0, s);
    int r = 1;
    for (UnitView u : a.qualification().units()) {
      Row row = Cells.row(sheet, r++);
      Cells.text(row.createCell(c0), u.id(), s.plain, s);
      Cells.text(row.createCell(c0 + 1), u.ref(), s.plain, s);
      Cells.text(row.createCell(c0 + 2), u.title(), s.plain, s);
      Cells.number(row, c0 + 3, u.credit(), s.integer);
      Cell achieved = row.createCell(c0 + 4);
      achieved.setCellValue(u.achieved());
      achieved.setCellStyle(s.bool);
      Cells.number(row, c0 + 5, u.coverage(), s.percent);
    }
    if (r > 1) {
      OutcomeColours.coverageScale(sheet, new CellRangeAddress(1, r - 1, c0 + 5, c0 + 5), assets);
    }
    Table.widths(sheet, c0, 10, 14, 40, 8, 10, 10);
    sheet.setColumnWidth(c0 - 1, 3 * 256);
  }
}
