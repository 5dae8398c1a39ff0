package uk.attest.reports.workbook;

import java.util.List;
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

  private static final List<Column<GapView>> COLUMNS =
      List.of(
          Column.text("Role", 26, GapView::role),
          Column.text("Competency", 30, GapView::competency),
          Column.text("Name", 34, GapView::name),
          Column.text("Required", 14, GapView::required),
          Column.text("Demonstrated", 14, GapView::demonstrated),
          Column.integer("Required level", 10, GapView::requiredLevel),
          Column.integer("Demonstrated level", 10, GapView::demonstratedLevel),
          Column.integer("Gap", 7, GapView::gap),
          Column.text("Rule", 9, GapView::rule),
          Column.text("Reason", 60, GapView::reason),
          Column.text("Evidence", 30, g -> Cells.join(g.evidence())));

  public static final List<String> HEADINGS = Column.headings(COLUMNS);

  private static final int GAP = HEADINGS.indexOf("Gap");

  private GapsSheet() {}

  static void write(XSSFSheet sheet, List<GapView> gaps, ReportAssets assets, Styles s) {
    int rows = Table.write(sheet, 0, COLUMNS, gaps, s);
    Table.freezeAndFilter(sheet, rows, COLUMNS.size());
    if (rows > 1) {
      OutcomeColours.gapScale(sheet, new CellRangeAddress(1, rows - 1, GAP, GAP), assets);
    }
    Table.widths(sheet, 0, COLUMNS);
  }
}
