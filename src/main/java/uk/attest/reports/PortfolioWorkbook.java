package uk.attest.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.attest.reports.workbook.AuditSheet;
import uk.attest.reports.workbook.GapsSheet;
import uk.attest.reports.workbook.MatrixSheet;
import uk.attest.reports.workbook.PortfolioSheets;

/**
 * A learner's portfolio as an Excel workbook: sheets Summary, Matrix, Evidence, Gaps, Reasons and
 * Audit (the learner's entries in the audit trail), each written by its own class in {@link
 * uk.attest.reports.workbook}.
 *
 * <p>Cells are typed: scores, levels, hours, coverage and audit entry numbers are numbers, dates
 * and times are date cells. Everything a person or a catalogue wrote is set as a string, never as a
 * formula, so a title such as {@code =1+1} stays the text it was (and carries Excel's quote prefix,
 * so editing it keeps it text). The Matrix is a heat map by conditional formatting in the outcome
 * colours of {@code reports/report.yaml}. Cell styles are created once per workbook.
 */
public final class PortfolioWorkbook {
  // The layout the workbook's readers rely on, named where they look for it.
  static final List<String> MATRIX_HEADINGS = MatrixSheet.HEADINGS;
  static final int UNITS_FIRST_COLUMN = MatrixSheet.UNITS_FIRST_COLUMN;
  static final List<String> UNIT_HEADINGS = MatrixSheet.UNIT_HEADINGS;
  static final List<String> GAP_HEADINGS = GapsSheet.HEADINGS;
  static final List<String> AUDIT_HEADINGS = AuditSheet.HEADINGS;
  static final int CELL_MAX = AuditSheet.CELL_MAX;

  private PortfolioWorkbook() {}

  /**
   * Writes the workbook to {@code out}. The stream is flushed but not closed: the caller owns it
   * (it may be an HTTP response or an entry of a ZIP).
   */
  public static void write(Portfolio p, ReportAssets assets, OutputStream out) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      String learner = p.learnerName() == null ? "" : p.learnerName();
      wb.getProperties().getCoreProperties().setTitle("Portfolio: " + learner);
      wb.getProperties().getCoreProperties().setCreator(assets.organisation());
      PortfolioSheets.addTo(wb, p, assets);
      wb.write(new KeepOpen(out));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the portfolio workbook", e);
    }
  }
}
