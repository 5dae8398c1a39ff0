package uk.attest.reports.workbook;

import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import uk.attest.reports.Portfolio.AuditLine;
import uk.attest.shared.Dates;

/**
 * The Audit sheet: the learner's entries in the audit trail, each with its time, who wrote what,
 * and the hash that chains it to the entry before.
 */
public final class AuditSheet {
  static final String NAME = "Audit";

  /** Audit times are shown in the zone of the service's centres, as in the PDF. */
  static final ZoneId ZONE = Dates.LONDON;

  /** The most characters a cell holds (Excel's limit; POI refuses more). */
  public static final int CELL_MAX = 32_767;

  private static final List<Column<AuditLine>> COLUMNS =
      List.of(
          Column.integer("Entry", 8, AuditLine::seq),
          Column.dateTime("Time (Europe/London)", 20, ZONE, AuditLine::at),
          Column.text("What happened", 60, s -> s.wrap, l -> fit(l.sentence())),
          Column.text("Actor", 34, AuditLine::actor),
          Column.text("Action", 20, AuditLine::action),
          Column.text("Subject", 24, AuditLine::subject),
          Column.text("Change (before → after)", 80, s -> s.wrap, l -> fit(l.change())),
          Column.text("SHA-256 chain hash", 68, s -> s.wrapMono, AuditLine::hash));

  public static final List<String> HEADINGS = Column.headings(COLUMNS);

  private AuditSheet() {}

  static void write(XSSFSheet sheet, List<AuditLine> lines, Styles s) {
    int rows = Table.write(sheet, 0, COLUMNS, lines, s);
    Table.freezeAndFilter(sheet, rows, COLUMNS.size());
    Table.widths(sheet, 0, COLUMNS);
  }

  /**
   * Text cut to what a cell holds, saying where it was cut; the full text is in the audit trail.
   */
  static String fit(String value) {
    if (value == null || value.length() <= CELL_MAX) {
      return value;
    }
    String cut = " … (cut at Excel's cell limit)";
    int end = CELL_MAX - cut.length();
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end) + cut;
  }
}
