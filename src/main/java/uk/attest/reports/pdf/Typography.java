package uk.attest.reports.pdf;

import static uk.attest.reports.pdf.Colours.hex;
import static uk.attest.reports.pdf.Colours.mix;
import static uk.attest.reports.pdf.Colours.onColour;
import static uk.attest.reports.pdf.Formats.words;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import uk.attest.reports.ReportAssets;

/**
 * The look shared by every section: the embedded fonts, the colours, and the tables and cells built
 * from them. Every glyph comes from the fonts in reports/, embedded, so Welsh and Irish names (ŵ,
 * ŷ, ï, Ó) survive; the built-in PDF fonts would silently drop them.
 */
final class Typography {
  static final Color TEXT = new Color(0x21, 0x21, 0x21);
  static final Color MUTED = new Color(0x5F, 0x63, 0x68);
  static final Color RULE = new Color(0xC8, 0xCD, 0xD2);
  static final Color ZEBRA = new Color(0xF4, 0xF6, 0xF8);

  private static final SplitCharacter AT_SPACES =
      new DefaultSplitCharacter() {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
          return getCurrentCharacter(current, cc, ck) <= ' ';
        }
      };

  private final ReportAssets assets;
  private final Map<String, Color> outcomeColours = new HashMap<>();
  final Color accent;
  final Color accentTint;
  final BaseFont regular;
  final BaseFont bold;
  final Font body;
  final Font bodyBold;
  final Font small;
  final Font smallBold;
  final Font smallMuted;
  final Font label;
  final Font tableHead;
  final Font h1;
  final Font h2;
  final Font h3;

  Typography(ReportAssets assets) throws IOException, DocumentException {
    this.assets = assets;
    this.accent = hex(assets.accent());
    this.accentTint = mix(accent, Color.WHITE, 0.88);
    assets.outcomes().forEach((k, v) -> outcomeColours.put(k, hex(v.colour())));
    this.regular = embedded("regular.ttf", assets.regularFont());
    this.bold = embedded("bold.ttf", assets.boldFont());
    this.body = new Font(regular, 8.5f, Font.NORMAL, TEXT);
    this.bodyBold = new Font(bold, 8.5f, Font.NORMAL, TEXT);
    this.small = new Font(regular, 7.5f, Font.NORMAL, TEXT);
    this.smallBold = new Font(bold, 7.5f, Font.NORMAL, TEXT);
    this.smallMuted = new Font(regular, 7.5f, Font.NORMAL, MUTED);
    this.label = new Font(bold, 8f, Font.NORMAL, MUTED);
    this.tableHead = new Font(bold, 8f, Font.NORMAL, Color.WHITE);
    this.h1 = new Font(bold, 16f, Font.NORMAL, accent);
    this.h2 = new Font(bold, 12f, Font.NORMAL, accent);
    this.h3 = new Font(bold, 9.5f, Font.NORMAL, TEXT);
  }

  /**
   * Parsed fonts by the very bytes they were read from (a byte array's equality is its identity),
   * so each loaded reports/ folder's fonts are parsed once, not once per PDF, and another folder's
   * font is never served in their place. A parsed font is only read afterwards (OpenPDF's own font
   * cache shares them between documents the same way); each document keeps its own record of the
   * glyphs it used.
   */
  private static final Map<byte[], BaseFont> PARSED = new WeakHashMap<>();

  private static BaseFont embedded(String name, byte[] ttf) throws IOException, DocumentException {
    synchronized (PARSED) {
      BaseFont font = PARSED.get(ttf);
      if (font == null) {
        font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
        PARSED.put(ttf, font);
      }
      return font;
    }
  }

  /** The colour configured for an outcome, or {@code fallback} if reports/ gives none. */
  Color outcomeColour(String outcome, Color fallback) {
    return outcomeColours.getOrDefault(outcome, fallback);
  }

  /** The label configured for an outcome, or the outcome code in words. */
  String outcomeLabel(String outcome) {
    ReportAssets.Outcome o = assets.outcomes().get(outcome);
    return o == null ? words(outcome) : o.label();
  }

  /** A list of ids, which wraps only at spaces: EV-004 never breaks into "EV-" and "004". */
  static Chunk ids(String list, Font font) {
    Chunk chunk = new Chunk(list, font);
    chunk.setSplitCharacter(AT_SPACES);
    return chunk;
  }

  static PdfPTable table(float[] widths) {
    PdfPTable t = new PdfPTable(widths.length);
    t.setWidthPercentage(100);
    try {
      t.setWidths(widths);
    } catch (DocumentException e) {
      throw new IllegalArgumentException(e);
    }
    return t;
  }

  void header(PdfPTable table, String... titles) {
    for (String title : titles) {
      PdfPCell cell = new PdfPCell(new Phrase(title, tableHead));
      cell.setBackgroundColor(accent);
      cell.setBorderColor(accent);
      cell.setPadding(4);
      cell.setPaddingBottom(5);
      cell.setUseAscender(true);
      table.addCell(cell);
    }
  }

  /** A table cell with a hairline beneath it; {@code phrase} may be null for a cell of elements. */
  PdfPCell row(Phrase phrase, Color bg) {
    PdfPCell cell = phrase == null ? new PdfPCell() : new PdfPCell(phrase);
    cell.setBackgroundColor(bg);
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderColor(RULE);
    cell.setBorderWidth(0.5f);
    cell.setPadding(4);
    cell.setPaddingBottom(5);
    cell.setUseAscender(true);
    cell.setLeading(0, 1.25f);
    return cell;
  }

  /** A row cell without the hairline, for the inner rows of an item kept whole on a page. */
  PdfPCell flat(Phrase phrase, Color bg) {
    PdfPCell cell = row(phrase, bg);
    cell.setBorder(Rectangle.NO_BORDER);
    return cell;
  }

  static PdfPCell centred(PdfPCell cell) {
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    return cell;
  }

  static PdfPCell plain(Phrase phrase) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0);
    return cell;
  }

  void keyValue(PdfPTable table, String key, String value) {
    keyValue(table, key, new Phrase(value, body));
  }

  void keyValue(PdfPTable table, String key, Phrase value) {
    PdfPCell k = row(new Phrase(key, label), Color.WHITE);
    k.setPaddingLeft(0);
    table.addCell(k);
    table.addCell(row(value, Color.WHITE));
  }

  /** A full-width horizontal rule (a cell border, so no font is involved). */
  static PdfPTable rule(float width, Color colour, float spacing) {
    PdfPTable line = table(new float[] {1});
    line.setSpacingBefore(spacing);
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderWidthBottom(width);
    cell.setBorderColor(colour);
    cell.setFixedHeight(1);
    line.addCell(cell);
    return line;
  }

  /** A cell filled with the outcome's colour, its text black or white to suit. */
  PdfPCell outcomeCell(String outcome, String content, Font font, float padding) {
    Color bg = outcomeColours.getOrDefault(outcome, Color.LIGHT_GRAY);
    PdfPCell cell =
        new PdfPCell(
            new Phrase(
                content, new Font(font.getBaseFont(), font.getSize(), Font.NORMAL, onColour(bg))));
    cell.setBackgroundColor(bg);
    cell.setBorderColor(Color.WHITE);
    cell.setBorderWidth(1.5f);
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    cell.setPadding(padding);
    cell.setPaddingBottom(padding + 1);
    cell.setUseAscender(true);
    return cell;
  }
}
