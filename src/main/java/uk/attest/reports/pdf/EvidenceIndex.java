package uk.attest.reports.pdf;

import static uk.attest.reports.pdf.Formats.NONE;
import static uk.attest.reports.pdf.Formats.text;
import static uk.attest.reports.pdf.Formats.words;
import static uk.attest.reports.pdf.Typography.ids;
import static uk.attest.reports.pdf.Typography.table;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.attest.reports.Portfolio;

/**
 * The evidence index: every item with the latest assessor decision, the criteria it is claimed for,
 * and the SHA-256 of each stored file, so a copy can be checked against the original.
 */
final class EvidenceIndex implements Section {
  private static final DateTimeFormatter SHORT_DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  private final Portfolio portfolio;
  private final Typography type;
  private final Pages pages;

  EvidenceIndex(Portfolio portfolio, Typography type, Pages pages) {
    this.portfolio = portfolio;
    this.type = type;
    this.pages = pages;
  }

  @Override
  public void addTo(Document document) throws DocumentException {
    document.add(pages.heading("Evidence index", type.h1, 0));
    document.add(
        new Paragraph(
            "Every evidence item in the portfolio with the latest assessor decision, and the"
                + " SHA-256 of each stored file, so a copy can be checked against the original.",
            type.smallMuted));
    if (portfolio.evidence().isEmpty()) {
      document.add(new Paragraph("No evidence has been recorded.", type.body));
      return;
    }
    float[] widths = {48, 146, 68, 60, 60, 66, 75};
    PdfPTable table = table(widths);
    table.setSpacingBefore(8);
    table.setHeaderRows(1);
    type.header(table, "ID", "Title", "Method", "Date", "Assessor", "Decision", "Proficiency");
    boolean shade = false;
    for (Portfolio.EvidenceEntry e : portfolio.evidence()) {
      Color bg = shade ? Typography.ZEBRA : Color.WHITE;
      shade = !shade;
      // Each item is one row of the outer table holding its own two rows (the facts, then the
      // criteria and files), so an item never breaks across a page.
      PdfPTable item = table(widths);
      item.addCell(type.flat(new Phrase(text(e.id()), type.smallBold), bg));
      // A withdrawn item stays in the index, struck through and marked "Withdrawn".
      boolean withdrawn = "WITHDRAWN".equals(e.decision());
      com.lowagie.text.Font titleFont = new com.lowagie.text.Font(type.small);
      if (withdrawn) {
        titleFont.setStyle(com.lowagie.text.Font.STRIKETHRU);
      }
      item.addCell(type.flat(new Phrase(text(e.title()), titleFont), bg));
      item.addCell(type.flat(new Phrase(words(e.method()), type.small), bg));
      item.addCell(
          type.flat(
              new Phrase(
                  e.activityDate() == null ? NONE : SHORT_DATE.format(e.activityDate()),
                  type.small),
              bg));
      item.addCell(type.flat(new Phrase(text(e.assessor()), type.small), bg));
      item.addCell(type.flat(new Phrase(words(e.decision()), type.small), bg));
      item.addCell(type.flat(new Phrase(text(e.proficiency()), type.small), bg));
      item.addCell(detail(e, bg, widths.length));
      PdfPCell whole = new PdfPCell(item);
      item.setExtendLastRow(false);
      whole.setColspan(widths.length);
      whole.setPadding(0);
      whole.setBorder(Rectangle.BOTTOM);
      whole.setBorderColor(Typography.RULE);
      whole.setBorderWidth(0.5f);
      table.addCell(whole);
    }
    document.add(table);
  }

  /** The item's second row, across every column: the criteria it is claimed for, and its files. */
  private PdfPCell detail(Portfolio.EvidenceEntry e, Color bg, int columns) {
    PdfPCell detail = type.flat(null, bg);
    detail.setColspan(columns);
    detail.setPaddingTop(0);
    detail.setPaddingBottom(5);
    if (!e.criteria().isEmpty()) {
      Paragraph claims = new Paragraph("", type.small);
      claims.setLeading(9.5f);
      claims.add(new Chunk("Criteria  ", type.smallBold));
      claims.add(ids(String.join(", ", e.criteria()), type.smallMuted));
      detail.addElement(claims);
    }
    if (e.files().isEmpty()) {
      Paragraph none = new Paragraph("", type.small);
      none.setLeading(9.5f);
      none.add(new Chunk("Files  ", type.smallBold));
      none.add(new Chunk("no files", type.smallMuted));
      detail.addElement(none);
    }
    for (Portfolio.FileEntry f : e.files()) {
      Paragraph file = new Paragraph("", type.small);
      file.setLeading(9.5f);
      file.add(new Chunk("File  ", type.smallBold));
      file.add(new Chunk(text(f.name()), type.small));
      file.add(
          new Chunk(
              "  " + text(f.mediaType()) + ", " + size(f.size()) + "\nSHA-256  ", type.smallMuted));
      file.add(new Chunk(text(f.sha256()), type.small));
      detail.addElement(file);
    }
    return detail;
  }

  private static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.UK, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
