package uk.attest.reports.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A table on a sheet: a header row, a row per item, column widths, and a frozen, filtered header.
 */
final class Table {
  private Table() {}

  /**
   * Writes the table from {@code firstColumn} on: the headings in the first row, then a row per
   * item. Another table may already have made the rows, to its left.
   *
   * @return the rows of the table, header included
   */
  static <T> int write(
      Sheet sheet, int firstColumn, List<Column<T>> columns, List<T> items, Styles s) {
    Row header = Cells.row(sheet, 0);
    for (int i = 0; i < columns.size(); i++) {
      Cells.text(header.createCell(firstColumn + i), columns.get(i).heading(), s.header, s);
    }
    int r = 1;
    for (T item : items) {
      Row row = Cells.row(sheet, r++);
      for (int i = 0; i < columns.size(); i++) {
        columns.get(i).writer().write(row, firstColumn + i, item, s);
      }
    }
    return r;
  }

  /** Sets the columns' widths, from {@code firstColumn} on. */
  static void widths(Sheet sheet, int firstColumn, List<? extends Column<?>> columns) {
    for (int i = 0; i < columns.size(); i++) {
      sheet.setColumnWidth(firstColumn + i, columns.get(i).width() * 256);
    }
  }

  /** Freezes the header row and filters a table of {@code rows} rows, header included. */
  static void freezeAndFilter(Sheet sheet, int rows, int columns) {
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 1), 0, columns - 1));
  }
}
