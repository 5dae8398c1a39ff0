package uk.attest.reports.workbook;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import uk.attest.assessment.Assessment.CriterionView;
import uk.attest.assessment.Assessment.Reason;
import uk.attest.assessment.Assessment.UnitView;
import uk.attest.assessment.Names;
import uk.attest.reports.Portfolio;
import uk.attest.reports.ReportAssets;

/**
 * The Reasons sheet: a row per reason behind each criterion's outcome, naming the rule that gave it
 * and the evidence it rests on.
 */
final class ReasonsSheet {
  static final String NAME = "Reasons";

  /** One reason, with the criterion it explains and that criterion's unit. */
  private record Line(
      UnitView unit, CriterionView criterion, Reason reason, String outcome, String message) {}

  private static final List<Column<Line>> COLUMNS =
      List.of(
          Column.text("Unit id", 10, l -> l.unit().id()),
          Column.text("Criterion", 12, l -> l.criterion().id()),
          Column.text("Outcome", 14, s -> s.outcome, Line::outcome),
          Column.text("Rule", 10, l -> l.reason().rule()),
          Column.text("Message", 90, s -> s.wrap, Line::message),
          Column.text("Evidence", 30, l -> Cells.join(l.reason().evidence())));

  private static final int OUTCOME = Column.headings(COLUMNS).indexOf("Outcome");

  private ReasonsSheet() {}

  static void write(XSSFSheet sheet, Portfolio p, ReportAssets assets, Styles s) {
    Names names = p.names();
    List<Line> lines =
        p.assessment().qualification().units().stream()
            .flatMap(
                u ->
                    u.criteria().stream()
                        .flatMap(
                            c ->
                                c.reasons().stream()
                                    .map(
                                        r ->
                                            new Line(
                                                u,
                                                c,
                                                r,
                                                assets.outcomes().get(c.outcome()).label(),
                                                names.in(r.message())))))
            .toList();
    int rows = Table.write(sheet, 0, COLUMNS, lines, s);
    Table.freezeAndFilter(sheet, rows, COLUMNS.size());
    if (rows > 1) {
      OutcomeColours.heatMap(sheet, new CellRangeAddress(1, rows - 1, OUTCOME, OUTCOME), assets);
    }
    Table.widths(sheet, 0, COLUMNS);
  }
}
