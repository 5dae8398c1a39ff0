package uk.attest.reports.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.Assessment.CriterionView;
import uk.attest.assessment.Assessment.UnitView;
import uk.attest.reports.ReportAssets;

/**
 * The Heat map sheet: the competency matrix as a grid, a unit a row and its assessment criteria
 * across, each cell its criterion's number and outcome in words, filled in the outcome's colour, so
 * it reads in black and white too.
 */
final class HeatMapSheet {
  static final String NAME = "Heat map";

  private HeatMapSheet() {}

  static void write(XSSFSheet sheet, Assessment a, ReportAssets assets, Styles s) {
    List<UnitView> units = a.qualification().units();
    int widest = units.stream().mapToInt(u -> u.criteria().size()).max().orElse(0);
    Map<String, CellStyle> fills = fills(sheet, assets, s);
    Row header = Cells.row(sheet, 0);
    Cells.text(header.createCell(0), "Unit", s.header, s);
    Cells.text(header.createCell(1), "Unit number", s.header, s);
    Cells.text(header.createCell(2), "Coverage", s.header, s);
    for (int i = 0; i < widest; i++) {
      Cells.text(header.createCell(3 + i), "Criterion " + (i + 1), s.header, s);
    }
    int r = 1;
    for (UnitView u : units) {
      Row row = Cells.row(sheet, r++);
      Cells.text(row.createCell(0), u.title(), s.wrap, s);
      Cells.text(row.createCell(1), u.ref(), s.plain, s);
      var coverage = row.createCell(2);
      coverage.setCellValue(u.coverage());
      coverage.setCellStyle(s.percent);
      for (int i = 0; i < u.criteria().size(); i++) {
        CriterionView c = u.criteria().get(i);
        String number = c.id().substring(c.id().indexOf('/') + 1);
        Cells.text(
            row.createCell(3 + i),
            number + " " + assets.outcomes().get(c.outcome()).label(),
            fills.get(c.outcome()),
            s);
      }
    }
    sheet.createFreezePane(3, 1);
    sheet.setColumnWidth(0, 42 * 256);
    sheet.setColumnWidth(1, 14 * 256);
    sheet.setColumnWidth(2, 10 * 256);
    for (int i = 0; i < widest; i++) {
      sheet.setColumnWidth(3 + i, 14 * 256);
    }
    if (r > 1) {
      OutcomeColours.coverageScale(
          sheet, new org.apache.poi.ss.util.CellRangeAddress(1, r - 1, 2, 2), assets);
    }
  }

  /** A cell style per outcome: its fill and a font that reads on it, made once for the sheet. */
  private static Map<String, CellStyle> fills(XSSFSheet sheet, ReportAssets assets, Styles s) {
    Map<String, CellStyle> out = new HashMap<>();
    for (String outcome : ReportAssets.OUTCOMES) {
      XSSFCellStyle style = sheet.getWorkbook().createCellStyle();
      style.cloneStyleFrom(s.outcome);
      style.setFillForegroundColor(OutcomeColours.of(assets, outcome));
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      XSSFFont font = sheet.getWorkbook().createFont();
      font.setBold(true);
      font.setColor(OutcomeColours.contrasting(assets.outcomes().get(outcome).colour()));
      style.setFont(font);
      out.put(outcome, style);
    }
    return out;
  }
}
