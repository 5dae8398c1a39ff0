package uk.attest.reports.workbook;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Typed cells as every sheet writes them: text that stays text, numbers, dates and times. */
final class Cells {
  private Cells() {}

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
    cell.setCellStyle(Styles.looksLikeFormula(value) ? s.quoted(style) : style);
  }

  static void number(Row row, int column, double value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  /** A date cell; none where there is no date. */
  static void date(Row row, int column, LocalDate value, Styles s) {
    if (value != null) {
      Cell cell = row.createCell(column);
      cell.setCellValue(value);
      cell.setCellStyle(s.date);
    }
  }

  /** A date-and-time cell showing the instant's time in {@code zone}; none where there is none. */
  static void dateTime(Row row, int column, OffsetDateTime at, ZoneId zone, Styles s) {
    if (at != null) {
      Cell cell = row.createCell(column);
      cell.setCellValue(at.atZoneSameInstant(zone).toLocalDateTime());
      cell.setCellStyle(s.dateTime);
    }
  }

  /** The row at {@code r}, made if another table on the sheet has not made it already. */
  static Row row(Sheet sheet, int r) {
    Row row = sheet.getRow(r);
    return row != null ? row : sheet.createRow(r);
  }

  static String join(List<String> values) {
    return values == null ? "" : String.join(", ", values);
  }
}
