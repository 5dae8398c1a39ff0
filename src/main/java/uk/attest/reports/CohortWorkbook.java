package uk.attest.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.attest.reports.workbook.OutcomeColours;
import uk.attest.reports.workbook.Styles;

/**
 * The awarding body's cohort workbook: a row per learner per unit in the {@link CohortColumn}s,
 * streamed with {@link SXSSFWorkbook} so only a small window of rows is in memory whatever the
 * cohort's size; the rest are flushed to a temporary file, deleted on {@link #close()}.
 *
 * <p>Coverage is a number shown as a percentage, achieved a TRUE/FALSE cell, the readiness score a
 * number; names and titles are string cells, never formulas. The header row is frozen and filtered;
 * the workbook's title goes into its properties and the printed page header.
 */
public final class CohortWorkbook implements AutoCloseable {
  /** Rows kept in memory; older rows are flushed to the temporary file. */
  static final int WINDOW = 100;

  static final String SHEET = "Cohort";

  private static final int ACHIEVED = CohortColumn.ACHIEVED.ordinal();
  private static final int COVERAGE = CohortColumn.COVERAGE.ordinal();

  private final OutputStream out;
  private final ReportAssets assets;
  private final SXSSFWorkbook wb;
  private final SXSSFSheet sheet;
  private final CellStyle plain;
  private final CellStyle quoted;
  private final CellStyle percent;
  private final CellStyle integer;
  private final CellStyle bool;
  private int next = 1;
  private boolean closed;

  /**
   * @param out where the workbook goes on {@link #close()}; flushed but not closed (the caller owns
   *     it: a file, an HTTP response or a ZIP entry)
   */
  public CohortWorkbook(OutputStream out, ReportAssets assets, String title) {
    this.out = out;
    this.assets = assets;
    XSSFWorkbook template = new XSSFWorkbook();
    template.getProperties().getCoreProperties().setTitle(title);
    template.getProperties().getCoreProperties().setCreator(assets.organisation());
    this.wb = new SXSSFWorkbook(template, WINDOW);
    wb.setCompressTempFiles(true);
    this.sheet = wb.createSheet(SHEET);
    try {
      Styled styled = setUp(title);
      this.plain = styled.plain;
      this.quoted = styled.quoted;
      this.percent = styled.percent;
      this.integer = styled.integer;
      this.bool = styled.bool;
    } catch (RuntimeException e) {
      wb.dispose();
      throw e;
    }
  }

  private record Styled(
      CellStyle plain, CellStyle quoted, CellStyle percent, CellStyle integer, CellStyle bool) {}

  private Styled setUp(String title) {
    var format = wb.createDataFormat();
    CellStyle header = Styles.header(wb, assets);
    CellStyle plain = wb.createCellStyle();
    CellStyle quoted = wb.createCellStyle();
    quoted.setQuotePrefixed(true);
    CellStyle percent = wb.createCellStyle();
    percent.setDataFormat(format.getFormat("0.0%"));
    CellStyle integer = wb.createCellStyle();
    integer.setDataFormat(format.getFormat("0"));
    CellStyle bool = wb.createCellStyle();
    bool.setDataFormat(format.getFormat(Styles.BOOLEAN_FORMAT));

    Row row = sheet.createRow(0);
    for (CohortColumn column : CohortColumn.values()) {
      Cell cell = row.createCell(column.ordinal());
      cell.setCellValue(column.heading);
      cell.setCellStyle(header);
      sheet.setColumnWidth(column.ordinal(), column.width * 256);
    }
    sheet.createFreezePane(0, 1);
    if (title != null) {
      sheet.getHeader().setCenter(title.replace("&", "&&"));
    }
    return new Styled(plain, quoted, percent, integer, bool);
  }

  public void add(CohortRow r) {
    if (closed) {
      throw new IllegalStateException("the cohort workbook is closed");
    }
    Row row = sheet.createRow(next++);
    for (CohortColumn column : CohortColumn.values()) {
      cell(row.createCell(column.ordinal()), column.kind, column.of(r));
    }
  }

  private void cell(Cell cell, CohortColumn.Kind kind, Object value) {
    switch (kind) {
      case TEXT -> text(cell, (String) value);
      case NUMBER -> {
        cell.setCellValue(((Number) value).doubleValue());
        cell.setCellStyle(integer);
      }
      case PERCENTAGE -> {
        // A cell holds no NaN or infinity: such a coverage stays empty, as it does in the CSV.
        double fraction = ((Number) value).doubleValue();
        if (Double.isFinite(fraction)) {
          cell.setCellValue(fraction);
        }
        cell.setCellStyle(percent);
      }
      case YES_NO -> {
        cell.setCellValue((Boolean) value);
        cell.setCellStyle(bool);
      }
    }
  }

  /** The rows of the sheet held in memory now (the header and the window), for tests. */
  int rowsInMemory() {
    int n = 0;
    for (var it = sheet.rowIterator(); it.hasNext(); it.next()) {
      n++;
    }
    return n;
  }

  /** The rows added so far. */
  public int rows() {
    return next - 1;
  }

  /**
   * Finishes the sheet (filter, colours), writes the workbook to the stream and deletes the
   * temporary file.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      int last = Math.max(next - 1, 1);
      int columns = CohortColumn.values().length;
      sheet.setAutoFilter(new CellRangeAddress(0, last, 0, columns - 1));
      if (next > 1) {
        colours(last);
      }
      wb.write(new KeepOpen(out));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the cohort workbook", e);
    } finally {
      wb.dispose();
      try {
        wb.close();
      } catch (IOException e) {
        // nothing left to release: the temporary file is already gone
      }
    }
  }

  /** Achieved in the MET / NOT_MET colours; coverage on a colour scale from 0 to 100 %. */
  private void colours(int last) {
    SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
    CellRangeAddress achieved = new CellRangeAddress(1, last, ACHIEVED, ACHIEVED);
    String first = new CellReference(1, ACHIEVED, false, false).formatAsString();
    XSSFConditionalFormattingRule yes =
        (XSSFConditionalFormattingRule) cf.createConditionalFormattingRule(first + "=TRUE");
    yes.createPatternFormatting().setFillBackgroundColor(OutcomeColours.of(assets, "MET"));
    XSSFConditionalFormattingRule no =
        (XSSFConditionalFormattingRule) cf.createConditionalFormattingRule(first + "=FALSE");
    no.createPatternFormatting().setFillBackgroundColor(OutcomeColours.of(assets, "NOT_MET"));
    cf.addConditionalFormatting(new CellRangeAddress[] {achieved}, yes, no);

    CellRangeAddress coverage = new CellRangeAddress(1, last, COVERAGE, COVERAGE);
    OutcomeColours.coverageScale(sheet, coverage, assets);
  }

  private void text(Cell cell, String value) {
    if (value == null) {
      return;
    }
    cell.setCellValue(value);
    cell.setCellStyle(Styles.looksLikeFormula(value) ? quoted : plain);
  }
}
