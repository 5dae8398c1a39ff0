package uk.attest.reports.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * The page furniture: a footer on every page naming the learner with "Page x of y", and the outline
 * of bookmarks built from the headings as they are laid out.
 */
final class Pages extends PdfPageEventHelper {
  private record Mark(String title, int level) {}

  private final Typography type;
  private final String footer;
  private final Map<String, Mark> marks = new HashMap<>();
  private int next;
  private PdfTemplate total;
  private PdfOutline section;

  Pages(Typography type, String footer) {
    this.type = type;
    this.footer = footer;
  }

  /** A heading that also becomes a bookmark: level 0 for a section, 1 for a unit under it. */
  Paragraph heading(String title, Font font, int level) {
    Chunk chunk = new Chunk(title, font);
    chunk.setGenericTag(bookmark(title, level));
    Paragraph p = new Paragraph(chunk);
    p.setSpacingAfter(4);
    return p;
  }

  private String bookmark(String title, int level) {
    String key = "bookmark-" + next++;
    marks.put(key, new Mark(title, level));
    return key;
  }

  @Override
  public void onOpenDocument(PdfWriter w, Document d) {
    // The page count is unknown until the end, so each footer shows this template, filled last.
    total = w.getDirectContent().createTemplate(30, 12);
  }

  @Override
  public void onGenericTag(PdfWriter w, Document d, Rectangle where, String key) {
    Mark mark = marks.remove(key); // a heading that wraps reports each line: keep the first
    if (mark == null) {
      return;
    }
    PdfOutline parent = mark.level() > 0 && section != null ? section : w.getRootOutline();
    PdfDestination to = new PdfDestination(PdfDestination.XYZ, d.left(), where.getTop() + 8, 0);
    PdfOutline outline = new PdfOutline(parent, to, mark.title(), mark.level() == 0);
    if (mark.level() == 0) {
      section = outline;
    }
  }

  @Override
  public void onEndPage(PdfWriter w, Document d) {
    PdfContentByte cb = w.getDirectContent();
    float y = d.bottom() - 24;
    cb.saveState();
    cb.setColorStroke(Typography.RULE);
    cb.setLineWidth(0.5f);
    cb.moveTo(d.left(), y + 11);
    cb.lineTo(d.right(), y + 11);
    cb.stroke();
    cb.beginText();
    cb.setFontAndSize(type.regular, 7.5f);
    cb.setColorFill(Typography.MUTED);
    cb.showTextAligned(Element.ALIGN_LEFT, footer, d.left(), y, 0);
    cb.showTextAligned(
        Element.ALIGN_RIGHT, "Page " + w.getPageNumber() + " of ", d.right() - 22, y, 0);
    cb.endText();
    cb.addTemplate(total, d.right() - 22, y);
    cb.restoreState();
  }

  @Override
  public void onCloseDocument(PdfWriter w, Document d) {
    total.beginText();
    total.setFontAndSize(type.regular, 7.5f);
    total.setColorFill(Typography.MUTED);
    total.setTextMatrix(0, 0);
    total.showText(String.valueOf(w.getPageNumber() - 1));
    total.endText();
  }
}
