package uk.attest.reports.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import uk.attest.assessment.Assessment.GapView;
import uk.attest.reports.ReportAssets;

/**
 * The Gaps sheet: a row per competency of the next role the learner has yet to show at the level it
 * needs, levels and gap as numbers, the gap on a colour scale.
 */
public final class GapsSheet {
  static final String NAME = "Gaps";

  public static final List<String> HEADINGS =
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

  private static final int GAP = HEADINGS.indexOf("Gap");

  private GapsSheet() {}

  static void write(XSSFSheet sheet, List<GapView> gaps, ReportAssets assets, Styles s) {
    Table.header(sheet, HEADINGS, 0, s);
    int r = 1;
    for (GapView g : gaps) {
      Row row = sheet.createRow(r++);
      Cells.text(row.createCell(0), g.role(), s.plain, s);
      Cells.text(row.createCell(1), g.competency(), s.plain, s);
      Cells.text(row.createCell(2), g.name(), s.plain, s);
      Cells.text(row.createCell(3), g.required(), s.plain, s);
      Cells.text(row.createCell(4), g.demonstrated(), s.plain, s);
      Cells.number(row, 5, g.requiredLevel(), s.integer);
      Cells.number(row, 6, g.demonstratedLevel(), s.integer);
      Cells.number(row, GAP, g.gap(), s.integer);
      Cells.text(row.createCell(8), g.rule(), s.plain, s);
      Cells.text(row.createCell(9), g.reason(), s.plain, s);
      Cells.text(row.createCell(10), Cells.join(g.evidence()), s.plain, s);
    }
    Table.freezeAndFilter(sheet, r, HEADINGS.size());
    if (r > 1) {
      OutcomeColours.gapScale(sheet, new CellRangeAddress(1, r - 1, GAP, GAP), assets);
    }
    Table.widths(sheet, 0, 26, 30, 34, 14, 14, 10, 10, 7, 9, 60, 30);
  }
}
