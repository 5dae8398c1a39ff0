package uk.attest.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The cohort rows as CSV (RFC 4180): a header line of {@link CohortRow#HEADINGS}, then a line per
 * learner per unit, each ending CRLF. Fields holding a comma, a double quote, CR or LF are quoted,
 * with quotes doubled. Text fields are {@linkplain #neutralise neutralised} so a spreadsheet
 * opening the file runs no formula; coverage is a plain decimal ({@code 0.1538}), achieved {@code
 * true}/{@code false}.
 *
 * <p>The caller gives the writer (UTF-8) and owns it: {@link #close()} flushes but does not close
 * it, so it can be an entry of a ZIP.
 */
public final class CohortCsv implements AutoCloseable {
  private static final String CRLF = "\r\n";

  private final Writer out;
  private boolean closed;

  public CohortCsv(Writer out) {
    this.out = out;
    line(CohortRow.HEADINGS.toArray(String[]::new));
  }

  public void add(CohortRow r) {
    if (closed) {
      throw new IllegalStateException("the cohort CSV is closed");
    }
    line(Arrays.stream(CohortColumn.values()).map(c -> field(c, r)).toArray(String[]::new));
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the cohort CSV", e);
    }
  }

  /**
   * A text cell made safe for a spreadsheet (OWASP CSV injection guidance): a cell starting with
   * {@code =}, {@code +}, {@code -}, {@code @}, {@code |} (DDE in older Excel), their full-width
   * forms {@code ＝ ＋ － ＠ ｜} (which East Asian spreadsheet settings read as the same), tab, carriage
   * return, line feed or NUL is prefixed with a single quote, so it is read as text. Null becomes
   * the empty string.
   */
  public static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    return switch (cell.charAt(0)) {
      case '=', '+', '-', '@', '|', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\uFF5C' -> "'" + cell;
      case '\t', '\r', '\n', '\0' -> "'" + cell;
      default -> cell;
    };
  }

  /** The column's value in the row as CSV text, before quoting. */
  private static String field(CohortColumn column, CohortRow row) {
    Object value = column.of(row);
    return switch (column.kind) {
      case TEXT -> neutralise((String) value);
      case NUMBER -> Long.toString(((Number) value).longValue());
      case PERCENTAGE -> decimal(((Number) value).doubleValue());
      case YES_NO -> Boolean.toString((Boolean) value);
    };
  }

  /** RFC 4180: a field holding a comma, a quote, CR or LF is quoted, with quotes doubled. */
  static String quote(String field) {
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return '"' + field.replace("\"", "\"\"") + '"';
      }
    }
    return field;
  }

  /** A plain decimal: no exponent, no trailing zeros (0.1538, 1, 0); empty when not a number. */
  static String decimal(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private void line(String... fields) {
    try {
      for (int i = 0; i < fields.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(quote(fields[i]));
      }
      out.write(CRLF);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the cohort CSV", e);
    }
  }
}
