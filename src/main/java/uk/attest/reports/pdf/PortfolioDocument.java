package uk.attest.reports.pdf;

import static uk.attest.reports.pdf.Formats.text;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.util.GregorianCalendar;
import java.util.List;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.Assessment.QualificationView;
import uk.attest.reports.Portfolio;
import uk.attest.reports.ReportAssets;

/**
 * The PDF/A-1b document around the sections: A4 pages, the metadata and sRGB output intent that
 * PDF/A requires, the page furniture, and the sections in order, each from a new page.
 */
public final class PortfolioDocument {
  /** How much of an audit entry's hash is shown: enough to find it, short enough to read. */
  public static final int HASH_PREFIX = 12;

  private final Portfolio portfolio;
  private final ReportAssets assets;

  private PortfolioDocument(Portfolio portfolio, ReportAssets assets) {
    this.portfolio = portfolio;
    this.assets = assets;
  }

  /** Writes the portfolio to {@code out}, which stays open. */
  public static void write(Portfolio portfolio, ReportAssets assets, OutputStream out)
      throws IOException, DocumentException {
    new PortfolioDocument(portfolio, assets).render(out);
  }

  private void render(OutputStream out) throws IOException, DocumentException {
    Typography type = new Typography(assets);
    Pages pages =
        new Pages(
            type,
            assets.organisation()
                + " · Learner portfolio · "
                + text(portfolio.learnerName())
                + " · ULN "
                + text(portfolio.uln()));
    Document document = new Document(PageSize.A4, 40, 40, 42, 54);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setCloseStream(false);
    writer.setPDFXConformance(PdfWriter.PDFA1B);
    writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
    writer.setPageEvent(pages);
    describe(document, writer);
    document.open();
    writer.setOutputIntents(
        "sRGB IEC61966-2.1",
        null,
        "http://www.color.org",
        "sRGB IEC61966-2.1",
        ICC_Profile.getInstance(ColorSpace.CS_sRGB));
    writer.createXmpMetadata();

    List<Section> sections =
        List.of(
            new Cover(portfolio, assets, type, pages),
            new CompetencyMatrix(portfolio, type, pages),
            new CriteriaByUnit(portfolio, type, pages, writer),
            new EvidenceIndex(portfolio, type, pages),
            new Progression(portfolio, type, pages),
            new AuditTrail(portfolio, type, pages),
            new Declarations(portfolio, assets, type, pages));
    for (int i = 0; i < sections.size(); i++) {
      if (i > 0) {
        document.newPage();
      }
      sections.get(i).addTo(document);
    }
    document.close();
  }

  /** The title, author, subject and keywords a library catalogue or a PDF viewer shows. */
  private void describe(Document document, PdfWriter writer) {
    Assessment assessment = portfolio.assessment();
    QualificationView qualification = assessment.qualification();
    document.addTitle("Learner portfolio: " + portfolio.learnerName());
    document.addAuthor(assets.organisation());
    document.addSubject(
        qualification.title()
            + " ("
            + qualification.number()
            + "), assessed on "
            + assessment.assessedOn());
    document.addKeywords(
        "learner portfolio; ULN "
            + portfolio.uln()
            + "; QN "
            + qualification.number()
            + "; "
            + qualification.id());
    document.addCreator("Attest portfolio renderer");
    // The document's dates are the portfolio's generation time, so the Info dictionary and the
    // XMP (which must agree for PDF/A) both say when the figures were produced.
    if (portfolio.generatedAt() != null) {
      PdfDate when = new PdfDate(GregorianCalendar.from(portfolio.generatedAt().toZonedDateTime()));
      writer.getInfo().put(PdfName.CREATIONDATE, when);
      writer.getInfo().put(PdfName.MODDATE, when);
    }
  }
}
