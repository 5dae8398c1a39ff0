package uk.attest.reports.workbook;

import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import uk.attest.reports.Portfolio.AuditLine;

/**
 * The Audit sheet: the learner's entries in the audit trail, each with its time, who wrote what,
 * and the hash that chains it to the entry before.
 */
public final class AuditSheet {
  static final String NAME = "Audit";

  /** Audit times are shown in the zone of the service's centres, as in the PDF. */
  static final ZoneId ZONE = ZoneId.of("Europe/London");

  /** The most characters a cell holds (Excel's limit; POI refuses more). */
  public static final int CELL_MAX = 32_767;

  public static final List<String> HEADINGS =
      List.of(
          "Entry",
          "Time (Europe/London)",
          "Actor",
          "Action",
          "Subject",
          "Change (before → after)",
          "SHA-256 chain hash");

  private AuditSheet() {}

  static void write(XSSFSheet sheet, List<AuditLine> lines, Styles s) {
    Table.header(sheet, HEADINGS, 0, s);
    int r = 1;
    for (AuditLine line : lines) {
      Row row = sheet.createRow(r++);
      Cells.number(row, 0, line.seq(), s.integer);
      Cells.dateTime(row, 1, line.at(), ZONE, s);
      Cells.text(row.createCell(2), line.actor(), s.plain, s);
      Cells.text(row.createCell(3), line.action(), s.plain, s);
      Cells.text(row.createCell(4), line.subject(), s.plain, s);
      Cells.text(row.createCell(5), fit(line.change()), s.wrap, s);
      Cells.text(row.createCell(6), line.hash(), s.wrapMono, s);
    }
    Table.freezeAndFilter(sheet, r, HEADINGS.size());
    Table.widths(sheet, 0, 8, 20, 34, 20, 24, 80, 68);
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
