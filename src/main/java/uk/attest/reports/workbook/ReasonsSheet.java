package uk.attest.reports.workbook;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.Assessment.CriterionView;
import uk.attest.assessment.Assessment.Reason;
import uk.attest.assessment.Assessment.UnitView;
import uk.attest.reports.ReportAssets;

/**
 * The Reasons sheet: a row per reason behind each criterion's outcome, naming the rule that gave it
 * and the evidence it rests on.
 */
final class ReasonsSheet {
  static final String NAME = "Reasons";

  /** One reason, with the criterion it explains and that criterion's unit. */
  private record Line(UnitView unit, CriterionView criterion, Reason reason) {}

  private static final List<Column<Line>> COLUMNS =
      List.of(
          Column.text("Unit id", 10, l -> l.unit().id()),
          Column.text("Criterion", 12, l -> l.criterion().id()),
          Column.text("Outcome", 14, s -> s.outcome, l -> l.criterion().outcome()),
          Column.text("Rule", 10, l -> l.reason().rule()),
          Column.text("Message", 90, l -> l.reason().message()),
          Column.text("Evidence", 30, l -> Cells.join(l.reason().evidence())));

  private static final int OUTCOME = Column.headings(COLUMNS).indexOf("Outcome");

  private ReasonsSheet() {}

  static void write(XSSFSheet sheet, Assessment a, ReportAssets assets, Styles s) {
    List<Line> lines =
        a.qualification().units().stream()
            .flatMap(
                u ->
                    u.criteria().stream()
                        .flatMap(c -> c.reasons().stream().map(r -> new Line(u, c, r))))
            .toList();
    int rows = Table.write(sheet, 0, COLUMNS, lines, s);
    Table.freezeAndFilter(sheet, rows, COLUMNS.size());
    if (rows > 1) {
      OutcomeColours.heatMap(sheet, new CellRangeAddress(1, rows - 1, OUTCOME, OUTCOME), assets);
    }
    Table.widths(sheet, 0, COLUMNS);
  }
}
