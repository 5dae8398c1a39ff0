package uk.attest.reports.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
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

  static final List<String> HEADINGS =
      List.of("Unit id", "Criterion", "Outcome", "Rule", "Message", "Evidence");

  private static final int OUTCOME = HEADINGS.indexOf("Outcome");

  private ReasonsSheet() {}

  static void write(XSSFSheet sheet, Assessment a, ReportAssets assets, Styles s) {
    Table.header(sheet, HEADINGS, 0, s);
    int r = 1;
    for (UnitView u : a.qualification().units()) {
      for (CriterionView c : u.criteria()) {
        for (Reason reason : c.reasons()) {
          Row row = sheet.createRow(r++);
          Cells.text(row.createCell(0), u.id(), s.plain, s);
          Cells.text(row.createCell(1), c.id(), s.plain, s);
          Cells.text(row.createCell(OUTCOME), c.outcome(), s.outcome, s);
          Cells.text(row.createCell(3), reason.rule(), s.plain, s);
          Cells.text(row.createCell(4), reason.message(), s.plain, s);
          Cells.text(row.createCell(5), Cells.join(reason.evidence()), s.plain, s);
        }
      }
    }
    Table.freezeAndFilter(sheet, r, HEADINGS.size());
    if (r > 1) {
      OutcomeColours.heatMap(sheet, new CellRangeAddress(1, r - 1, OUTCOME, OUTCOME), assets);
    }
    Table.widths(sheet, 0, 10, 12, 14, 10, 90, 30);
  }
}
