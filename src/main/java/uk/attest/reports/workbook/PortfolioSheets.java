package uk.attest.reports.workbook;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.attest.reports.Portfolio;
import uk.attest.reports.ReportAssets;

/**
 * The sheets of a learner's portfolio workbook, in their order: Summary, Matrix, Evidence, Gaps,
 * Reasons and Audit, all drawing on one set of cell styles.
 */
public final class PortfolioSheets {
  private PortfolioSheets() {}

  /** Adds the sheets to an empty workbook and sets each to print a page wide. */
  public static void addTo(XSSFWorkbook wb, Portfolio p, ReportAssets assets) {
    Styles styles = new Styles(wb, assets);
    SummarySheet.write(wb.createSheet(SummarySheet.NAME), p, styles);
    MatrixSheet.write(wb.createSheet(MatrixSheet.NAME), p.assessment(), assets, styles);
    EvidenceSheet.write(wb.createSheet(EvidenceSheet.NAME), p.evidence(), styles);
    GapsSheet.write(wb.createSheet(GapsSheet.NAME), p.assessment().gaps(), assets, styles);
    ReasonsSheet.write(wb.createSheet(ReasonsSheet.NAME), p.assessment(), assets, styles);
    AuditSheet.write(wb.createSheet(AuditSheet.NAME), p.audit(), styles);
    for (var sheet : wb) {
      // Printed, every sheet fits the page's width (and the tables turn landscape).
      sheet.setFitToPage(true);
      sheet.getPrintSetup().setFitWidth((short) 1);
      sheet.getPrintSetup().setFitHeight((short) 0);
      sheet.getPrintSetup().setLandscape(!sheet.getSheetName().equals(SummarySheet.NAME));
    }
  }
}
