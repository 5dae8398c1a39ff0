package uk.attest.reports.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** What every table on a sheet has: a header row, frozen and filtered, and set column widths. */
final class Table {
  private Table() {}

  /** The headings in the sheet's first row, from {@code firstColumn} on. */
  static void header(Sheet sheet, List<String> headings, int firstColumn, Styles s) {
    Row row = Cells.row(sheet, 0);
    for (int i = 0; i < headings.size(); i++) {
      Cells.text(row.createCell(firstColumn + i), headings.get(i), s.header, s);
    }
  }

  /** Freezes the header row and filters the table of {@code rows} rows, header included. */
  static void freezeAndFilter(Sheet sheet, int rows, int columns) {
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 1), 0, columns - 1));
  }

  /** Column widths in characters, from {@code firstColumn} on. */
  static void widths(Sheet sheet, int firstColumn, int... widths) {
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(firstColumn + i, widths[i] * 256);
    }
  }
}
