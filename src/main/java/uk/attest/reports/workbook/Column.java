package uk.attest.reports.workbook;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * One column of a table on a sheet, defined once: its heading, its width in characters and how it
 * writes an item's cell, so that a table's headings, widths and cells cannot fall out of step.
 *
 * @param <T> what a row of the table shows
 */
record Column<T>(String heading, int width, Column.Writer<T> writer) {

  /** Writes the item's cell of this column, if it has one. */
  interface Writer<T> {
    void write(Row row, int column, T item, Styles s);
  }

  /** Plain text. */
  static <T> Column<T> text(String heading, int width, Function<T, String> value) {
    return text(heading, width, s -> s.plain, value);
  }

  /** Text in a style of its own (wrapped, monospaced, an outcome); a null leaves it blank. */
  static <T> Column<T> text(
      String heading, int width, Function<Styles, CellStyle> style, Function<T, String> value) {
    return new Column<>(
        heading,
        width,
        (row, c, item, s) -> Cells.text(row.createCell(c), value.apply(item), style.apply(s), s));
  }

  /** A whole number. */
  static <T> Column<T> integer(String heading, int width, ToDoubleFunction<T> value) {
    return new Column<>(
        heading,
        width,
        (row, c, item, s) -> Cells.number(row, c, value.applyAsDouble(item), s.integer));
  }

  /** A fraction from 0 to 1, shown as a percentage. */
  static <T> Column<T> percent(String heading, int width, ToDoubleFunction<T> value) {
    return new Column<>(
        heading,
        width,
        (row, c, item, s) -> Cells.number(row, c, value.applyAsDouble(item), s.percent));
  }

  /** A TRUE/FALSE cell. */
  static <T> Column<T> yesNo(String heading, int width, Predicate<T> value) {
    return new Column<>(
        heading,
        width,
        (row, c, item, s) -> {
          Cell cell = row.createCell(c);
          cell.setCellValue(value.test(item));
          cell.setCellStyle(s.bool);
        });
  }

  static <T> Column<T> date(String heading, int width, Function<T, LocalDate> value) {
    return new Column<>(
        heading, width, (row, c, item, s) -> Cells.date(row, c, value.apply(item), s));
  }

  /** An instant, shown as the date and time in {@code zone}. */
  static <T> Column<T> dateTime(
      String heading, int width, ZoneId zone, Function<T, OffsetDateTime> value) {
    return new Column<>(
        heading, width, (row, c, item, s) -> Cells.dateTime(row, c, value.apply(item), zone, s));
  }

  static List<String> headings(List<? extends Column<?>> columns) {
    return columns.stream().map(Column::heading).toList();
  }
}
