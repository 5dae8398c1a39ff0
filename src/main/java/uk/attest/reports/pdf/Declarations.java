package uk.attest.reports.pdf;

import static uk.attest.reports.pdf.Formats.NONE;
import static uk.attest.reports.pdf.Formats.date;
import static uk.attest.reports.pdf.Formats.words;
import static uk.attest.reports.pdf.Typography.table;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import uk.attest.reports.Portfolio;
import uk.attest.reports.ReportAssets;

/**
 * The declarations: the learner's, the assessor's and the IQA's, then any other role the portfolio
 * holds one for, each with its statement and who signed it when, or that it is not yet signed.
 */
final class Declarations implements Section {
  private final Portfolio portfolio;
  private final ReportAssets assets;
  private final Typography type;
  private final Pages pages;

  Declarations(Portfolio portfolio, ReportAssets assets, Typography type, Pages pages) {
    this.portfolio = portfolio;
    this.assets = assets;
    this.type = type;
    this.pages = pages;
  }

  @Override
  public void addTo(Document document) throws DocumentException {
    document.add(pages.heading("Declarations", type.h1, 0));
    List<String> roles = new ArrayList<>(ReportAssets.DECLARATIONS);
    for (Portfolio.Declaration d : portfolio.declarations()) {
      if (!roles.contains(d.role())) {
        roles.add(d.role());
      }
    }
    for (String role : roles) {
      Portfolio.Declaration d =
          portfolio.declarations().stream()
              .filter(x -> role.equals(x.role()))
              .findFirst()
              .orElse(null);
      // A declaration on record keeps its own words; otherwise reports/ gives the standard ones.
      String statement =
          d != null && d.text() != null ? d.text() : assets.declarations().getOrDefault(role, "");
      document.add(box(role, statement, d));
    }
  }

  private PdfPTable box(String role, String statement, Portfolio.Declaration d) {
    PdfPTable box = table(new float[] {1});
    box.setSpacingBefore(12);
    box.setKeepTogether(true);
    PdfPCell title = new PdfPCell(new Phrase(title(role), type.h3));
    title.setBackgroundColor(type.accentTint);
    title.setBorderColor(Typography.RULE);
    title.setPadding(6);
    box.addCell(title);
    PdfPCell words = new PdfPCell(new Phrase(statement, type.body));
    words.setBorderColor(Typography.RULE);
    words.setPadding(8);
    words.setLeading(0, 1.35f);
    box.addCell(words);
    Phrase signature = new Phrase("", type.body);
    if (d == null || d.name() == null) {
      signature.add(new Chunk("Not yet signed", type.bodyBold));
    } else {
      signature.add(new Chunk("Signed by  ", type.label));
      signature.add(new Chunk(d.name(), type.bodyBold));
      signature.add(new Chunk("      Date  ", type.label));
      signature.add(new Chunk(d.date() == null ? NONE : date(d.date()), type.bodyBold));
      if (d.recordDate() != null) {
        signature.add(new Chunk("\nFor the record of " + date(d.recordDate()) + ".", type.body));
      }
      if (d.stale()) {
        signature.add(
            new Chunk(
                " The evidence or its assessment has changed since: this signature covers an"
                    + " earlier state.",
                type.bodyBold));
      }
    }
    PdfPCell sign = new PdfPCell(signature);
    sign.setBorderColor(Typography.RULE);
    sign.setPadding(8);
    box.addCell(sign);
    return box;
  }

  private static String title(String role) {
    return switch (role) {
      case "LEARNER" -> "Learner's declaration of authenticity";
      case "ASSESSOR" -> "Assessor's declaration";
      case "IQA" -> "Internal quality assurance (IQA) declaration";
      default -> words(role) + " declaration";
    };
  }
}
