package uk.attest.reports.pdf;

import static uk.attest.reports.pdf.Formats.NONE;
import static uk.attest.reports.pdf.Formats.text;
import static uk.attest.reports.pdf.PortfolioDocument.HASH_PREFIX;
import static uk.attest.reports.pdf.Typography.table;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.attest.reports.Portfolio;
import uk.attest.shared.Dates;

/**
 * The learner's entries in the audit trail, oldest first: when, who, what changed, and the start of
 * each entry's hash, so a reader can find the entry in the verified chain.
 */
final class AuditTrail implements Section {
  /** Audit times in the time of the learner's centre (GMT or BST, named), to the second. */
  private static final DateTimeFormatter AUDIT_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy'\n'HH:mm:ss z", Locale.UK).withZone(Dates.LONDON);

  /**
   * Where a before → after summary (compact JSON) may wrap: after a comma or at a space, so a pair
   * such as "evidenceId":"EV-004" stays on one line; a run longer than the line still breaks.
   */
  private static final SplitCharacter AFTER_COMMAS =
      new DefaultSplitCharacter() {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
          char c = getCurrentCharacter(current, cc, ck);
          return c <= ' ' || c == ',';
        }
      };

  private final Portfolio portfolio;
  private final Typography type;
  private final Pages pages;

  AuditTrail(Portfolio portfolio, Typography type, Pages pages) {
    this.portfolio = portfolio;
    this.type = type;
    this.pages = pages;
  }

  @Override
  public void addTo(Document document) throws DocumentException {
    document.add(pages.heading("Audit trail", type.h1, 0));
    List<Portfolio.AuditLine> lines = portfolio.audit();
    if (lines.isEmpty()) {
      document.add(
          new Paragraph(
              "No audit entries: this portfolio was assessed from an evidence bundle, outside the"
                  + " service.",
              type.body));
      return;
    }
    document.add(
        new Paragraph(
            "Every write to this learner's records, oldest first: when it was made (UK time), what"
                + " happened in words, and below it the entry as recorded (who made it, the action,"
                + " and the record before → after), with the entry's hash, which chains it to the"
                + " entry before. The hash shown is the first "
                + HASH_PREFIX
                + " characters of the entry's SHA-256; the full chain can be verified with GET"
                + " /api/audit/verify.",
            type.smallMuted));
    float[] widths = {34, 62, 352, 75};
    PdfPTable table = table(widths);
    table.setSpacingBefore(8);
    table.setHeaderRows(1);
    type.header(table, "Entry", "When", "What happened", "Hash");
    boolean shade = false;
    for (Portfolio.AuditLine line : lines) {
      Color bg = shade ? Typography.ZEBRA : Color.WHITE;
      shade = !shade;
      // As in the evidence index, an entry is one row of the outer table holding its facts and
      // its change, so an entry's two halves stay together on a page.
      PdfPTable entry = table(widths);
      entry.addCell(type.flat(new Phrase(String.valueOf(line.seq()), type.smallBold), bg));
      entry.addCell(
          type.flat(
              new Phrase(line.at() == null ? NONE : AUDIT_TIME.format(line.at()), type.small), bg));
      entry.addCell(type.flat(new Phrase(text(line.sentence()), type.body), bg));
      entry.addCell(type.flat(new Phrase(hashPrefix(line.hash()), type.small), bg));
      entry.addCell(change(line, bg, widths.length));
      PdfPCell whole = new PdfPCell(entry);
      whole.setColspan(widths.length);
      whole.setPadding(0);
      whole.setBorder(Rectangle.BOTTOM);
      whole.setBorderColor(Typography.RULE);
      whole.setBorderWidth(0.5f);
      table.addCell(whole);
    }
    document.add(table);
  }

  /** The entry's second row, across every column: who, the action and the record before → after. */
  private PdfPCell change(Portfolio.AuditLine line, Color bg, int columns) {
    PdfPCell detail = type.flat(null, bg);
    detail.setColspan(columns);
    detail.setPaddingTop(0);
    detail.setPaddingBottom(5);
    Paragraph change = new Paragraph("", type.small);
    change.setLeading(9.5f);
    change.add(new Chunk("Recorded  ", type.smallBold));
    change.add(
        new Chunk(
            text(line.actor()) + "; " + text(line.action()) + " on " + text(line.subject()) + "; ",
            type.smallMuted));
    Chunk what = new Chunk(text(line.change()), type.small);
    what.setSplitCharacter(AFTER_COMMAS);
    change.add(what);
    detail.addElement(change);
    return detail;
  }

  private static String hashPrefix(String hash) {
    if (hash == null || hash.isBlank()) {
      return NONE;
    }
    return hash.length() <= HASH_PREFIX ? hash : hash.substring(0, HASH_PREFIX) + "…";
  }
}
