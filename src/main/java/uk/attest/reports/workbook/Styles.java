package uk.attest.reports.workbook;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.attest.reports.ReportAssets;

/**
 * The portfolio workbook's cell styles, created once per workbook (a workbook holds at most 64,000
 * of them, and POI makes a new one on every call), and the pieces of style the cohort workbook
 * shares with it.
 */
public final class Styles {
  /**
   * Shows a TRUE/FALSE cell as TRUE/FALSE in LibreOffice too (Excel does so whatever the format).
   */
  public static final String BOOLEAN_FORMAT = "\"TRUE\";\"TRUE\";\"FALSE\"";

  private final Workbook wb;
  final CellStyle title;
  final CellStyle header;
  final CellStyle label;
  final CellStyle plain;
  final CellStyle wrap;
  final CellStyle wrapMono;
  final CellStyle outcome;
  final CellStyle integer;
  final CellStyle decimal;
  final CellStyle percent;
  final CellStyle bool;
  final CellStyle date;
  final CellStyle dateTime;
  private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

  Styles(XSSFWorkbook wb, ReportAssets assets) {
    this.wb = wb;
    var format = wb.getCreationHelper().createDataFormat();
    XSSFFont bold = wb.createFont();
    bold.setBold(true);
    XSSFFont big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    big.setColor(OutcomeColours.rgb(assets.accent()));

    title = wb.createCellStyle();
    title.setFont(big);

    header = header(wb, assets);

    XSSFFont mono = wb.createFont();
    mono.setFontName("Courier New");

    label = wb.createCellStyle();
    label.setFont(bold);
    label.setVerticalAlignment(VerticalAlignment.TOP);

    plain = wb.createCellStyle();
    plain.setVerticalAlignment(VerticalAlignment.TOP);

    wrap = wb.createCellStyle();
    wrap.cloneStyleFrom(plain);
    wrap.setWrapText(true);

    wrapMono = wb.createCellStyle();
    wrapMono.cloneStyleFrom(wrap);
    wrapMono.setFont(mono);

    outcome = wb.createCellStyle();
    outcome.cloneStyleFrom(plain);
    outcome.setFont(bold);

    integer = formatted(format, "0");
    decimal = formatted(format, "0.0");
    percent = formatted(format, "0.0%");
    bool = formatted(format, BOOLEAN_FORMAT);
    date = formatted(format, "yyyy-mm-dd");
    dateTime = formatted(format, "yyyy-mm-dd hh:mm:ss");
  }

  /** The plain style with a number format. */
  private CellStyle formatted(DataFormat format, String pattern) {
    CellStyle style = wb.createCellStyle();
    style.cloneStyleFrom(plain);
    style.setDataFormat(format.getFormat(pattern));
    return style;
  }

  /**
   * A table's header style, bold white on the accent colour, made in {@code wb} with a font of its
   * own; call it once per workbook.
   */
  public static CellStyle header(Workbook wb, ReportAssets assets) {
    XSSFFont white = (XSSFFont) wb.createFont();
    white.setBold(true);
    white.setColor(OutcomeColours.rgb("FFFFFF"));
    XSSFCellStyle header = (XSSFCellStyle) wb.createCellStyle();
    header.setFont(white);
    header.setFillForegroundColor(OutcomeColours.rgb(assets.accent()));
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setWrapText(true);
    return header;
  }

  /**
   * Whether a spreadsheet would read the text as a formula, so its cell needs Excel's quote prefix
   * to stay text when someone edits it.
   */
  public static boolean looksLikeFormula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char c = value.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@';
  }

  /** The style with Excel's quote prefix, made at most once per base style. */
  CellStyle quoted(CellStyle base) {
    return quoted.computeIfAbsent(
        base,
        b -> {
          CellStyle q = wb.createCellStyle();
          q.cloneStyleFrom(b);
          q.setQuotePrefixed(true);
          return q;
        });
  }
}
