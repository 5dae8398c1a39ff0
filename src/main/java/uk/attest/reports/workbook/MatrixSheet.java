package uk.attest.reports.workbook;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.Assessment.CriterionView;
import uk.attest.assessment.Assessment.UnitView;
import uk.attest.reports.ReportAssets;

/**
 * The Matrix sheet: a row per assessment criterion with its outcome in words, coloured in the
 * outcome colours, and beside it a table of each unit's coverage.
 */
public final class MatrixSheet {
  static final String NAME = "Matrix";

  /** A criterion and the unit it belongs to: one row of the matrix. */
  private record Line(UnitView unit, CriterionView criterion, String outcome) {}

  private static final List<Column<Line>> CRITERIA =
      List.of(
          Column.text("Unit id", 10, l -> l.unit().id()),
          Column.text("Unit number", 14, l -> l.unit().ref()),
          Column.text("Unit", 40, l -> l.unit().title()),
          Column.text("Criterion", 12, l -> l.criterion().id()),
          Column.text("Criterion text", 70, l -> l.criterion().text()),
          Column.text("Outcome", 14, s -> s.outcome, Line::outcome),
          Column.text("Evidence", 24, l -> Cells.join(l.criterion().evidence())));

  /** The units' coverage: a number (0 to 1, shown as a percentage) on a colour scale. */
  private static final List<Column<UnitView>> UNITS =
      List.of(
          Column.text("Unit id", 10, UnitView::id),
          Column.text("Unit number", 14, UnitView::ref),
          Column.text("Unit", 40, UnitView::title),
          Column.integer("Credit", 8, UnitView::credit),
          Column.yesNo("Achieved", 10, UnitView::achieved),
          Column.percent("Coverage", 10, UnitView::coverage));

  public static final List<String> HEADINGS = Column.headings(CRITERIA);

  /** The units' table stands to the right of the criteria, after an empty column. */
  public static final int UNITS_FIRST_COLUMN = HEADINGS.size() + 1;

  public static final List<String> UNIT_HEADINGS = Column.headings(UNITS);

  private static final int OUTCOME = HEADINGS.indexOf("Outcome");
  private static final int COVERAGE = UNITS_FIRST_COLUMN + UNIT_HEADINGS.indexOf("Coverage");

  private MatrixSheet() {}

  static void write(XSSFSheet sheet, Assessment a, ReportAssets assets, Styles s) {
    List<UnitView> units = a.qualification().units();
    List<Line> lines =
        units.stream()
            .flatMap(
                u ->
                    u.criteria().stream()
                        .map(c -> new Line(u, c, assets.outcomes().get(c.outcome()).label())))
            .toList();
    int rows = Table.write(sheet, 0, CRITERIA, lines, s);
    Table.freezeAndFilter(sheet, rows, CRITERIA.size());
    int last = Math.max(rows - 1, 1);
    OutcomeColours.heatMap(sheet, new CellRangeAddress(1, last, OUTCOME, OUTCOME), assets);
    Table.widths(sheet, 0, CRITERIA);

    int unitRows = Table.write(sheet, UNITS_FIRST_COLUMN, UNITS, units, s);
    if (unitRows > 1) {
      CellRangeAddress coverage = new CellRangeAddress(1, unitRows - 1, COVERAGE, COVERAGE);
      OutcomeColours.coverageScale(sheet, coverage, assets);
    }
    Table.widths(sheet, UNITS_FIRST_COLUMN, UNITS);
    sheet.setColumnWidth(UNITS_FIRST_COLUMN - 1, 3 * 256);
  }
}
