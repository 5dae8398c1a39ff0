package uk.attest.reports.workbook;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFFontFormatting;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;
import uk.attest.reports.ReportAssets;

/**
 * The outcome colours of {@code reports/report.yaml} as Excel colours, and the conditional formats
 * that paint cells with them.
 */
public final class OutcomeColours {
  private OutcomeColours() {}

  /** The colour of an outcome (MET, PARTIAL, NOT_MET or NOT_STARTED). */
  public static XSSFColor of(ReportAssets assets, String outcome) {
    return rgb(assets.outcomes().get(outcome).colour());
  }

  /** A colour from its hex RGB, such as {@code 1F4E79}. */
  static XSSFColor rgb(String hex) {
    int v = Integer.parseInt(hex, 16);
    return new XSSFColor(new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v});
  }

  /**
   * Coverage on a colour scale from NOT_MET through PARTIAL to MET, at fixed points, so 0 % and 100
   * % always look the same whichever units are on the sheet.
   */
  public static void coverageScale(Sheet sheet, CellRangeAddress range, ReportAssets assets) {
    SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
    XSSFConditionalFormattingRule rule =
        (XSSFConditionalFormattingRule) cf.createConditionalFormattingColorScaleRule();
    XSSFColorScaleFormatting scale = rule.getColorScaleFormatting();
    double[] points = {0, 0.5, 1};
    for (int i = 0; i < points.length; i++) {
      scale.getThresholds()[i].setRangeType(RangeType.NUMBER);
      scale.getThresholds()[i].setValue(points[i]);
    }
    scale.setColors(
        new XSSFColor[] {of(assets, "NOT_MET"), of(assets, "PARTIAL"), of(assets, "MET")});
    cf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
  }

  /** One rule per outcome: the cell equal to the outcome's words fills with its colour. */
  static void heatMap(Sheet sheet, CellRangeAddress range, ReportAssets assets) {
    SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
    for (String outcome : ReportAssets.OUTCOMES) {
      XSSFConditionalFormattingRule rule =
          (XSSFConditionalFormattingRule)
              cf.createConditionalFormattingRule(
                  ComparisonOperator.EQUAL, "\"" + assets.outcomes().get(outcome).label() + "\"");
      XSSFPatternFormatting fill = rule.createPatternFormatting();
      fill.setFillBackgroundColor(of(assets, outcome));
      fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
      XSSFFontFormatting font = rule.createFontFormatting();
      font.setFontColor(contrasting(assets.outcomes().get(outcome).colour()));
      cf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
    }
  }

  /** The skills-gap heat map: no gap in the MET colour, the widest gap in the NOT_MET colour. */
  static void gapScale(Sheet sheet, CellRangeAddress range, ReportAssets assets) {
    SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
    XSSFConditionalFormattingRule rule =
        (XSSFConditionalFormattingRule) cf.createConditionalFormattingColorScaleRule();
    XSSFColorScaleFormatting scale = rule.getColorScaleFormatting();
    scale.setNumControlPoints(2);
    scale.getThresholds()[0].setRangeType(RangeType.NUMBER);
    scale.getThresholds()[0].setValue(0d);
    scale.getThresholds()[1].setRangeType(RangeType.MAX);
    scale.setColors(new XSSFColor[] {of(assets, "MET"), of(assets, "NOT_MET")});
    cf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
  }

  /** Black or white, whichever reads better on the given fill (WCAG relative luminance). */
  static XSSFColor contrasting(String hex) {
    int v = Integer.parseInt(hex, 16);
    double l =
        0.2126 * linear((v >> 16) & 0xFF)
            + 0.7152 * linear((v >> 8) & 0xFF)
            + 0.0722 * linear(v & 0xFF);
    return rgb(l > 0.179 ? "000000" : "FFFFFF");
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
