package uk.attest.reports.workbook;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.attest.reports.Portfolio;
import uk.attest.reports.ReportAssets;

/**
 * The sheets of a learner's portfolio workbook, in their order: Summary, Heat map, Matrix,
 * Evidence, Gaps, Reasons and Audit, all drawing on one set of cell styles.
 */
public final class PortfolioSheets {
  private PortfolioSheets() {}

  /** Adds the sheets to an empty workbook and sets each to print a page wide. */
  public static void addTo(XSSFWorkbook wb, Portfolio p, ReportAssets assets) {
    Styles styles = new Styles(wb, assets);
    SummarySheet.write(wb.createSheet(SummarySheet.NAME), p, styles);
    HeatMapSheet.write(wb.createSheet(HeatMapSheet.NAME), p.assessment(), assets, styles);
    MatrixSheet.write(wb.createSheet(MatrixSheet.NAME), p.assessment(), assets, styles);
    EvidenceSheet.write(wb.createSheet(EvidenceSheet.NAME), p.evidence(), styles);
    GapsSheet.write(wb.createSheet(GapsSheet.NAME), p.assessment().gaps(), assets, styles);
    ReasonsSheet.write(wb.createSheet(ReasonsSheet.NAME), p, assets, styles);
    AuditSheet.write(wb.createSheet(AuditSheet.NAME), p.audit(), styles);
    for (var sheet : wb) {
      // Printed, every sheet fits the page's width (and the tables turn landscape).
      sheet.setFitToPage(true);
      sheet.getPrintSetup().setFitWidth((short) 1);
      sheet.getPrintSetup().setFitHeight((short) 0);
      sheet.getPrintSetup().setLandscape(!sheet.getSheetName().equals(SummarySheet.NAME));
      sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
      if (!sheet.getSheetName().equals(SummarySheet.NAME)) {
        // A table's headings print on every page, with the grid, so a printed row is readable.
        sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
        sheet.setPrintGridlines(true);
      }
      sheet.getFooter().setCenter("Page &P of &N");
      sheet.getHeader().setCenter(p.learnerName() + ": &A");
    }
  }
}
