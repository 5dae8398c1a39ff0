package uk.attest.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.Assessment.CriterionView;
import uk.attest.assessment.Assessment.GapView;
import uk.attest.assessment.Assessment.ProgressionView;
import uk.attest.assessment.Assessment.QualificationView;
import uk.attest.assessment.Assessment.Reason;
import uk.attest.assessment.Assessment.TimeView;
import uk.attest.assessment.Assessment.UnitView;

/**
 * A learner's portfolio as an archival PDF (PDF/A-1b): cover, competency matrix, every criterion
 * with the reasons and evidence behind it, the evidence index with file hashes, progression and
 * gaps, the learner's entries in the audit trail, and the declarations. Every glyph comes from the
 * fonts in reports/, embedded, so Welsh and Irish names (ŵ, ŷ, ï, Ó) survive; the built-in PDF
 * fonts would silently drop them.
 */
public final class PortfolioPdf {
  private PortfolioPdf() {}

  /** Writes the portfolio to {@code out}, which stays open. */
  public static void write(Portfolio portfolio, ReportAssets assets, OutputStream out) {
    try {
      new Renderer(portfolio, assets).render(out);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the portfolio PDF of " + portfolio.learnerId() + ": " + e.getMessage(), e);
    } catch (DocumentException e) {
      throw new IllegalStateException(
          "cannot write the portfolio PDF of " + portfolio.learnerId() + ": " + e.getMessage(), e);
    }
  }

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHORT_DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss xxx", Locale.UK);

  /** Audit times in the time of the learner's centre (GMT or BST, named), to the second. */
  private static final DateTimeFormatter AUDIT_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy'\n'HH:mm:ss z", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  /** How much of an audit entry's hash is shown: enough to find it, short enough to read. */
  static final int HASH_PREFIX = 12;

  private static final String NONE = "—";
  private static final int MATRIX_CELLS_PER_ROW = 7;

  private static final SplitCharacter AT_SPACES =
      new DefaultSplitCharacter() {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
          return getCurrentCharacter(current, cc, ck) <= ' ';
        }
      };

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

  private static final Color TEXT = new Color(0x21, 0x21, 0x21);
  private static final Color MUTED = new Color(0x5F, 0x63, 0x68);
  private static final Color RULE = new Color(0xC8, 0xCD, 0xD2);
  private static final Color ZEBRA = new Color(0xF4, 0xF6, 0xF8);

  /** One document: the fonts, colours and state of a single rendering. */
  private static final class Renderer {
    private final Portfolio portfolio;
    private final ReportAssets assets;
    private final Assessment assessment;
    private final QualificationView qualification;
    private final Color accent;
    private final Color accentTint;
    private final Map<String, Color> outcomeColours = new HashMap<>();
    private final BaseFont regular;
    private final BaseFont bold;
    private final Font body;
    private final Font bodyBold;
    private final Font small;
    private final Font smallBold;
    private final Font smallMuted;
    private final Font label;
    private final Font tableHead;
    private final Font h1;
    private final Font h2;
    private final Font h3;
    private final Pages pages = new Pages();
    private Document document;
    private PdfWriter writer;

    Renderer(Portfolio portfolio, ReportAssets assets) throws IOException, DocumentException {
      this.portfolio = portfolio;
      this.assets = assets;
      this.assessment = portfolio.assessment();
      this.qualification = assessment.qualification();
      this.accent = hex(assets.accent());
      this.accentTint = mix(accent, Color.WHITE, 0.88);
      assets.outcomes().forEach((k, v) -> outcomeColours.put(k, hex(v.colour())));
      // Not cached: a cache keyed by name could serve another reports/ folder's font.
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

    private static BaseFont embedded(String name, byte[] ttf)
        throws IOException, DocumentException {
      return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
    }

    void render(OutputStream out) throws IOException, DocumentException {
      document = new Document(PageSize.A4, 40, 40, 42, 54);
      writer = PdfWriter.getInstance(document, out);
      writer.setCloseStream(false);
      writer.setPDFXConformance(PdfWriter.PDFA1B);
      writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
      writer.setPageEvent(pages);
      String name = portfolio.learnerName();
      document.addTitle("Learner portfolio: " + name);
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
        PdfDate when =
            new PdfDate(GregorianCalendar.from(portfolio.generatedAt().toZonedDateTime()));
        writer.getInfo().put(PdfName.CREATIONDATE, when);
        writer.getInfo().put(PdfName.MODDATE, when);
      }
      document.open();
      writer.setOutputIntents(
          "sRGB IEC61966-2.1",
          null,
          "http://www.color.org",
          "sRGB IEC61966-2.1",
          ICC_Profile.getInstance(ColorSpace.CS_sRGB));
      writer.createXmpMetadata();

      cover();
      document.newPage();
      matrix();
      document.newPage();
      units();
      document.newPage();
      evidence();
      document.newPage();
      progression();
      document.newPage();
      audit();
      document.newPage();
      declarations();
      document.close();
    }

    // --- sections ---

    private void cover() throws IOException, DocumentException {
      PdfPTable masthead = table(new float[] {46, 477});
      Image logo = Image.getInstance(assets.logo());
      logo.scaleToFit(38, 38);
      PdfPCell logoCell = new PdfPCell(logo, false);
      logoCell.setBorder(Rectangle.NO_BORDER);
      logoCell.setPadding(0);
      masthead.addCell(logoCell);
      PdfPCell org =
          plain(new Phrase(assets.organisation(), new Font(bold, 15, Font.NORMAL, accent)));
      org.setVerticalAlignment(Element.ALIGN_MIDDLE);
      masthead.addCell(org);
      document.add(masthead);
      document.add(rule(1.2f, accent, 2));

      Paragraph title = bookmarked("Learner portfolio", new Font(bold, 24, Font.NORMAL, accent), 0);
      title.setSpacingBefore(26);
      document.add(title);
      Paragraph learner =
          new Paragraph(text(portfolio.learnerName()), new Font(bold, 18, Font.NORMAL, TEXT));
      learner.setSpacingBefore(6);
      document.add(learner);
      Paragraph qual =
          new Paragraph(
              qualification.title() + " (" + qualification.number() + ")",
              new Font(regular, 11, Font.NORMAL, MUTED));
      qual.setSpacingBefore(4);
      qual.setSpacingAfter(18);
      document.add(qual);

      document.add(summaryBand());

      PdfPTable details = table(new float[] {140, 383});
      details.setSpacingBefore(18);
      keyValue(details, "Learner", text(portfolio.learnerName()));
      keyValue(details, "ULN", text(portfolio.uln()));
      keyValue(details, "Learner ID", text(portfolio.learnerId()));
      keyValue(details, "Centre", text(portfolio.centreName()));
      keyValue(details, "Qualification", text(qualification.title()));
      keyValue(details, "Qualification number (QN)", text(qualification.number()));
      keyValue(details, "Level", "Level " + qualification.level());
      keyValue(details, "Credits required", String.valueOf(qualification.credit()));
      keyValue(details, "Assessment date", date(assessment.assessedOn()));
      var readiness = qualification.readiness();
      Phrase ready = new Phrase("", body);
      ready.add(new Chunk(readiness.score() + " / 100 · " + words(readiness.status()), bodyBold));
      ready.add(new Chunk("\n" + text(readiness.reason()) + " (" + readiness.rule() + ")", small));
      keyValue(details, "Readiness", ready);
      keyValue(
          details, "Catalogue version", new Phrase(text(assessment.catalogueVersion()), small));
      keyValue(details, "Ruleset version", new Phrase(text(assessment.rulesetVersion()), small));
      keyValue(
          details,
          "Generated",
          portfolio.generatedAt() == null ? NONE : DATE_TIME.format(portfolio.generatedAt()));
      document.add(details);

      Paragraph note =
          new Paragraph(
              "The same evidence, catalogue version, ruleset version and assessment date always give"
                  + " the same assessment. Each judgement in this portfolio names the rule that made"
                  + " it and the evidence it rests on.",
              smallMuted);
      note.setSpacingBefore(14);
      document.add(note);
    }

    private PdfPTable summaryBand() {
      var readiness = qualification.readiness();
      long achieved = qualification.units().stream().filter(UnitView::achieved).count();
      TimeView time = assessment.timeToCompetency();
      PdfPTable band = table(new float[] {1, 1, 1});
      band.addCell(
          figure(
              "Qualification readiness",
              readiness.score() + " / 100",
              words(readiness.status()),
              "READY".equals(readiness.status())));
      band.addCell(
          figure(
              "Units achieved",
              achieved + " of " + qualification.units().size(),
              qualification.credit() + " credits required",
              false));
      band.addCell(
          figure(
              "Time to competency",
              time == null ? NONE : time.weeks() + (time.weeks() == 1 ? " week" : " weeks"),
              time == null ? "" : String.format(Locale.UK, "%.1f guided hours left", time.hours()),
              false));
      return band;
    }

    private PdfPCell figure(String caption, String value, String note, boolean good) {
      Color colour = good ? outcomeColours.getOrDefault("MET", accent) : accent;
      PdfPCell cell = new PdfPCell();
      cell.addElement(new Paragraph(10, caption, label));
      cell.addElement(new Paragraph(22, value, new Font(bold, 17, Font.NORMAL, colour)));
      cell.addElement(new Paragraph(10, note, smallMuted));
      cell.setBackgroundColor(accentTint);
      cell.setBorderColor(Color.WHITE);
      cell.setBorderWidth(3);
      cell.setPadding(8);
      cell.setUseAscender(true);
      return cell;
    }

    private void matrix() throws DocumentException {
      document.add(bookmarked("Competency matrix", h1, 0));
      document.add(
          new Paragraph(
              "One row per unit of "
                  + qualification.title()
                  + "; one cell per assessment criterion, coloured by its outcome on "
                  + date(assessment.assessedOn())
                  + ".",
              smallMuted));
      document.add(legend());

      PdfPTable table = table(new float[] {58, 128, 40, 50, 52, 195});
      table.setSpacingBefore(8);
      table.setHeaderRows(1);
      header(table, "Unit", "Title", "Credit", "Achieved", "Coverage", "Assessment criteria");
      boolean shade = false;
      for (UnitView unit : qualification.units()) {
        Color bg = shade ? ZEBRA : Color.WHITE;
        shade = !shade;
        Phrase id = new Phrase("", body);
        id.add(new Chunk(unit.id(), bodyBold));
        if (unit.ref() != null) {
          id.add(new Chunk("\n" + unit.ref(), smallMuted));
        }
        if (unit.group() != null) {
          id.add(new Chunk("\nGroup " + unit.group(), smallMuted));
        }
        table.addCell(row(id, bg));
        table.addCell(row(new Phrase(text(unit.title()), body), bg));
        table.addCell(centred(row(new Phrase(String.valueOf(unit.credit()), body), bg)));
        table.addCell(centred(row(new Phrase(unit.achieved() ? "Yes" : "No", bodyBold), bg)));
        table.addCell(centred(row(new Phrase(percent(unit.coverage()), body), bg)));
        PdfPTable grid = criteriaCells(unit);
        PdfPCell cells = new PdfPCell(grid);
        grid.setExtendLastRow(false); // a taller row must not stretch the last line of cells
        cells.setBackgroundColor(bg);
        cells.setBorder(Rectangle.BOTTOM);
        cells.setBorderColor(RULE);
        cells.setPadding(3);
        table.addCell(cells);
      }
      document.add(table);

      if (!qualification.rulesOfCombination().isEmpty()) {
        Paragraph heading = new Paragraph("Rules of combination", h2);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(4);
        document.add(heading);
        PdfPTable roc = table(new float[] {110, 40, 50, 323});
        roc.setHeaderRows(1);
        header(roc, "Rule of combination", "Holds", "Rule", "Reason");
        for (var c : qualification.rulesOfCombination()) {
          roc.addCell(row(new Phrase(text(c.subject()), body), Color.WHITE));
          roc.addCell(row(new Phrase(c.holds() ? "Yes" : "No", bodyBold), Color.WHITE));
          roc.addCell(row(new Phrase(text(c.rule()), small), Color.WHITE));
          roc.addCell(row(new Phrase(text(c.reason()), body), Color.WHITE));
        }
        document.add(roc);
      }
    }

    private PdfPTable legend() {
      PdfPTable legend = new PdfPTable(ReportAssets.OUTCOMES.size() + 1);
      legend.setWidthPercentage(70);
      legend.setHorizontalAlignment(Element.ALIGN_LEFT);
      legend.setSpacingBefore(8);
      PdfPCell caption = plain(new Phrase("Legend", label));
      caption.setVerticalAlignment(Element.ALIGN_MIDDLE);
      legend.addCell(caption);
      for (String outcome : ReportAssets.OUTCOMES) {
        legend.addCell(outcomeCell(outcome, outcomeLabel(outcome), small, 4));
      }
      return legend;
    }

    private PdfPTable criteriaCells(UnitView unit) {
      PdfPTable cells = new PdfPTable(MATRIX_CELLS_PER_ROW);
      cells.setWidthPercentage(100);
      for (CriterionView c : unit.criteria()) {
        cells.addCell(outcomeCell(c.outcome(), number(c.id()), smallBold, 2));
      }
      int rest = (MATRIX_CELLS_PER_ROW - unit.criteria().size() % MATRIX_CELLS_PER_ROW);
      for (int i = 0; i < rest % MATRIX_CELLS_PER_ROW; i++) {
        PdfPCell empty = new PdfPCell(new Phrase("", small));
        empty.setBorder(Rectangle.NO_BORDER);
        cells.addCell(empty);
      }
      return cells;
    }

    private PdfPCell outcomeCell(String outcome, String content, Font font, float padding) {
      Color bg = outcomeColours.getOrDefault(outcome, Color.LIGHT_GRAY);
      PdfPCell cell =
          new PdfPCell(
              new Phrase(
                  content,
                  new Font(font.getBaseFont(), font.getSize(), Font.NORMAL, onColour(bg))));
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

    private void units() throws DocumentException {
      document.add(bookmarked("Criteria by unit", h1, 0));
      document.add(
          new Paragraph(
              "Each assessment criterion with its outcome, every reason (the rule that decided and"
                  + " why) and the evidence behind it.",
              smallMuted));
      for (UnitView unit : qualification.units()) {
        if (room() < 150) {
          document.newPage();
        }
        Paragraph heading = bookmarked(unit.id() + "  " + text(unit.title()), h2, 1);
        heading.setSpacingBefore(14);
        document.add(heading);
        List<String> facts = new ArrayList<>();
        if (unit.ref() != null) {
          facts.add(unit.ref());
        }
        facts.add("Level " + unit.level());
        facts.add(unit.credit() + " credits");
        facts.add(unit.glh() + " GLH");
        if (unit.group() != null) {
          facts.add("Group " + unit.group());
        }
        facts.add(unit.achieved() ? "Achieved" : "Not achieved");
        facts.add("Coverage " + percent(unit.coverage()));
        document.add(new Paragraph(String.join(" · ", facts), smallMuted));
        if (unit.reason() != null) {
          Paragraph why = reason(unit.reason());
          why.setSpacingAfter(4);
          document.add(why);
        }

        PdfPTable table = table(new float[] {60, 283, 60, 120});
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        header(table, "Criterion", "Criterion and reasons", "Outcome", "Evidence");
        for (CriterionView c : unit.criteria()) {
          table.addCell(row(new Phrase(c.id(), smallBold), Color.WHITE));
          PdfPCell textCell = row(null, Color.WHITE);
          Paragraph statement = new Paragraph(11, text(c.text()), body);
          textCell.addElement(statement);
          for (Reason r : c.reasons()) {
            Paragraph p = reason(r);
            p.setSpacingBefore(2);
            textCell.addElement(p);
          }
          table.addCell(textCell);
          PdfPCell outcome = outcomeCell(c.outcome(), outcomeLabel(c.outcome()), smallBold, 4);
          outcome.setVerticalAlignment(Element.ALIGN_TOP);
          table.addCell(outcome);
          Phrase ev = new Phrase("", body);
          ev.add(ids(c.evidence().isEmpty() ? "None" : String.join(", ", c.evidence()), small));
          Set<String> claimed = new LinkedHashSet<>(c.mapped());
          claimed.removeAll(c.evidence());
          if (!claimed.isEmpty()) {
            ev.add(ids("\nAlso claimed: " + String.join(", ", claimed), smallMuted));
          }
          table.addCell(row(ev, Color.WHITE));
        }
        document.add(table);
      }
    }

    private Paragraph reason(Reason r) {
      Paragraph p = new Paragraph("", small);
      p.setLeading(9.5f);
      p.add(new Chunk(text(r.rule()) + "  ", smallBold));
      p.add(new Chunk(text(r.message()), small));
      if (r.evidence() != null && !r.evidence().isEmpty()) {
        p.add(ids("  Evidence: " + String.join(", ", r.evidence()), smallMuted));
      }
      return p;
    }

    private void evidence() throws DocumentException {
      document.add(bookmarked("Evidence index", h1, 0));
      document.add(
          new Paragraph(
              "Every evidence item in the portfolio with the latest assessor decision, and the"
                  + " SHA-256 of each stored file, so a copy can be checked against the original.",
              smallMuted));
      if (portfolio.evidence().isEmpty()) {
        document.add(new Paragraph("No evidence has been recorded.", body));
        return;
      }
      float[] widths = {48, 146, 68, 60, 60, 66, 75};
      PdfPTable table = table(widths);
      table.setSpacingBefore(8);
      table.setHeaderRows(1);
      header(table, "ID", "Title", "Method", "Date", "Assessor", "Decision", "Proficiency");
      boolean shade = false;
      for (Portfolio.EvidenceEntry e : portfolio.evidence()) {
        Color bg = shade ? ZEBRA : Color.WHITE;
        shade = !shade;
        // Each item is one row of the outer table holding its own two rows (the facts, then the
        // criteria and files), so an item never breaks across a page.
        PdfPTable item = table(widths);
        item.addCell(flat(new Phrase(text(e.id()), smallBold), bg));
        item.addCell(flat(new Phrase(text(e.title()), small), bg));
        item.addCell(flat(new Phrase(words(e.method()), small), bg));
        item.addCell(
            flat(
                new Phrase(
                    e.activityDate() == null ? NONE : SHORT_DATE.format(e.activityDate()), small),
                bg));
        item.addCell(flat(new Phrase(text(e.assessor()), small), bg));
        item.addCell(flat(new Phrase(words(e.decision()), small), bg));
        item.addCell(flat(new Phrase(text(e.proficiency()), small), bg));

        PdfPCell detail = flat(null, bg);
        detail.setColspan(widths.length);
        detail.setPaddingTop(0);
        detail.setPaddingBottom(5);
        if (!e.criteria().isEmpty()) {
          Paragraph claims = new Paragraph("", small);
          claims.setLeading(9.5f);
          claims.add(new Chunk("Criteria  ", smallBold));
          claims.add(ids(String.join(", ", e.criteria()), smallMuted));
          detail.addElement(claims);
        }
        if (e.files().isEmpty()) {
          Paragraph none = new Paragraph("", small);
          none.setLeading(9.5f);
          none.add(new Chunk("Files  ", smallBold));
          none.add(new Chunk("no files", smallMuted));
          detail.addElement(none);
        }
        for (Portfolio.FileEntry f : e.files()) {
          Paragraph file = new Paragraph("", small);
          file.setLeading(9.5f);
          file.add(new Chunk("File  ", smallBold));
          file.add(new Chunk(text(f.name()), small));
          file.add(
              new Chunk(
                  "  " + text(f.mediaType()) + ", " + size(f.size()) + "\nSHA-256  ", smallMuted));
          file.add(new Chunk(text(f.sha256()), small));
          detail.addElement(file);
        }
        item.addCell(detail);
        PdfPCell whole = new PdfPCell(item);
        item.setExtendLastRow(false);
        whole.setColspan(widths.length);
        whole.setPadding(0);
        whole.setBorder(Rectangle.BOTTOM);
        whole.setBorderColor(RULE);
        whole.setBorderWidth(0.5f);
        table.addCell(whole);
      }
      document.add(table);
    }

    private void progression() throws DocumentException {
      document.add(bookmarked("Career progression and skills gaps", h1, 0));
      ProgressionView p = assessment.progression();
      Paragraph heading = new Paragraph("Career progression", h2);
      heading.setSpacingBefore(6);
      heading.setSpacingAfter(4);
      document.add(heading);
      if (p == null) {
        document.add(new Paragraph("No career pathway applies to this learner.", body));
      } else {
        PdfPTable t = table(new float[] {140, 383});
        keyValue(t, "Current role", text(p.currentRole()));
        keyValue(
            t,
            "Target role",
            p.targetRole() == null ? NONE : text(p.targetTitle()) + " (" + p.targetRole() + ")");
        keyValue(
            t,
            "Progression score",
            new Phrase(p.score() == null ? "Not scored" : p.score() + " / 100", bodyBold));
        keyValue(t, "Reason", text(p.reason()) + (p.rule() == null ? "" : " (" + p.rule() + ")"));
        document.add(t);
      }

      heading = new Paragraph("Skills gaps", h2);
      heading.setSpacingBefore(14);
      heading.setSpacingAfter(4);
      document.add(heading);
      List<GapView> gaps = assessment.gaps();
      if (gaps == null || gaps.isEmpty()) {
        document.add(new Paragraph("No skills gaps were assessed.", body));
      } else {
        PdfPTable t = table(new float[] {125, 178, 80, 80, 60});
        t.setHeaderRows(1);
        header(t, "Role", "Competency", "Required", "Demonstrated", "Gap");
        for (GapView g : gaps) {
          t.addCell(row(new Phrase(text(g.role()), small), Color.WHITE));
          t.addCell(row(new Phrase(text(g.name()), body), Color.WHITE));
          t.addCell(row(new Phrase(level(g.required(), g.requiredLevel()), small), Color.WHITE));
          t.addCell(
              row(new Phrase(level(g.demonstrated(), g.demonstratedLevel()), small), Color.WHITE));
          Color heat =
              mix(
                  outcomeColours.getOrDefault(
                      g.gap() <= 0 ? "MET" : g.gap() == 1 ? "PARTIAL" : "NOT_MET", Color.GRAY),
                  Color.WHITE,
                  0.7);
          PdfPCell gap = centred(row(new Phrase(String.valueOf(g.gap()), bodyBold), heat));
          t.addCell(gap);
        }
        document.add(t);
        document.add(
            new Paragraph(
                "Gap = required minus demonstrated proficiency level; 0 means the requirement is"
                    + " met.",
                smallMuted));
      }

      heading = new Paragraph("Estimated time to competency", h2);
      heading.setSpacingBefore(14);
      heading.setSpacingAfter(4);
      document.add(heading);
      TimeView time = assessment.timeToCompetency();
      if (time == null) {
        document.add(new Paragraph("Not estimated.", body));
      } else {
        PdfPTable t = table(new float[] {140, 383});
        keyValue(
            t,
            "Estimated time",
            new Phrase(time.weeks() + (time.weeks() == 1 ? " week" : " weeks"), bodyBold));
        keyValue(
            t, "Guided learning hours left", String.format(Locale.UK, "%.1f hours", time.hours()));
        keyValue(
            t, "Weekly learning hours", String.format(Locale.UK, "%.1f hours", time.weeklyHours()));
        keyValue(
            t,
            "Reason",
            text(time.reason()) + (time.rule() == null ? "" : " (" + time.rule() + ")"));
        document.add(t);
      }
    }

    private void audit() throws DocumentException {
      document.add(bookmarked("Audit trail", h1, 0));
      List<Portfolio.AuditLine> lines = portfolio.audit();
      if (lines.isEmpty()) {
        document.add(
            new Paragraph(
                "No audit entries: this portfolio was assessed from an evidence bundle, outside the"
                    + " service.",
                body));
        return;
      }
      document.add(
          new Paragraph(
              "Every write to this learner's records, oldest first: when it was made (UK time), who"
                  + " made it, what it changed (the record before → after) and the entry's hash,"
                  + " which chains it to the entry before. The hash shown is the first "
                  + HASH_PREFIX
                  + " characters of the entry's SHA-256; the full chain can be verified with GET"
                  + " /api/audit/verify.",
              smallMuted));
      float[] widths = {34, 62, 128, 100, 124, 75};
      PdfPTable table = table(widths);
      table.setSpacingBefore(8);
      table.setHeaderRows(1);
      header(table, "Entry", "When", "Who", "Action", "Subject", "Hash");
      boolean shade = false;
      for (Portfolio.AuditLine line : lines) {
        Color bg = shade ? ZEBRA : Color.WHITE;
        shade = !shade;
        // As in the evidence index, an entry is one row of the outer table holding its facts and
        // its change, so an entry's two halves stay together on a page.
        PdfPTable entry = table(widths);
        entry.addCell(flat(new Phrase(String.valueOf(line.seq()), smallBold), bg));
        entry.addCell(
            flat(new Phrase(line.at() == null ? NONE : AUDIT_TIME.format(line.at()), small), bg));
        entry.addCell(flat(new Phrase(text(line.actor()), small), bg));
        entry.addCell(flat(new Phrase(ids(text(line.action()), small)), bg));
        entry.addCell(flat(new Phrase(text(line.subject()), small), bg));
        entry.addCell(flat(new Phrase(hashPrefix(line.hash()), small), bg));
        PdfPCell detail = flat(null, bg);
        detail.setColspan(widths.length);
        detail.setPaddingTop(0);
        detail.setPaddingBottom(5);
        Paragraph change = new Paragraph("", small);
        change.setLeading(9.5f);
        change.add(new Chunk("Change  ", smallBold));
        Chunk what = new Chunk(text(line.change()), small);
        what.setSplitCharacter(AFTER_COMMAS);
        change.add(what);
        detail.addElement(change);
        entry.addCell(detail);
        PdfPCell whole = new PdfPCell(entry);
        whole.setColspan(widths.length);
        whole.setPadding(0);
        whole.setBorder(Rectangle.BOTTOM);
        whole.setBorderColor(RULE);
        whole.setBorderWidth(0.5f);
        table.addCell(whole);
      }
      document.add(table);
    }

    private void declarations() throws DocumentException {
      document.add(bookmarked("Declarations", h1, 0));
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
        String statement =
            d != null && d.text() != null ? d.text() : assets.declarations().getOrDefault(role, "");
        PdfPTable box = table(new float[] {1});
        box.setSpacingBefore(12);
        box.setKeepTogether(true);
        PdfPCell title = new PdfPCell(new Phrase(declarationTitle(role), h3));
        title.setBackgroundColor(accentTint);
        title.setBorderColor(RULE);
        title.setPadding(6);
        box.addCell(title);
        PdfPCell words = new PdfPCell(new Phrase(statement, body));
        words.setBorderColor(RULE);
        words.setPadding(8);
        words.setLeading(0, 1.35f);
        box.addCell(words);
        Phrase signature = new Phrase("", body);
        if (d == null || d.name() == null) {
          signature.add(new Chunk("Not yet signed", bodyBold));
        } else {
          signature.add(new Chunk("Signed by  ", label));
          signature.add(new Chunk(d.name(), bodyBold));
          signature.add(new Chunk("      Date  ", label));
          signature.add(new Chunk(d.date() == null ? NONE : date(d.date()), bodyBold));
        }
        PdfPCell sign = new PdfPCell(signature);
        sign.setBorderColor(RULE);
        sign.setPadding(8);
        box.addCell(sign);
        document.add(box);
      }
    }

    // --- building blocks ---

    /** A heading that also becomes a bookmark: level 0 for a section, 1 for a unit under it. */
    private Paragraph bookmarked(String title, Font font, int level) {
      Chunk chunk = new Chunk(title, font);
      chunk.setGenericTag(pages.bookmark(title, level));
      Paragraph p = new Paragraph(chunk);
      p.setSpacingAfter(4);
      return p;
    }

    private float room() {
      return writer.getVerticalPosition(true) - document.bottom();
    }

    /** A list of ids, which wraps only at spaces: EV-004 never breaks into "EV-" and "004". */
    private static Chunk ids(String list, Font font) {
      Chunk chunk = new Chunk(list, font);
      chunk.setSplitCharacter(AT_SPACES);
      return chunk;
    }

    private static PdfPTable table(float[] widths) {
      PdfPTable t = new PdfPTable(widths.length);
      t.setWidthPercentage(100);
      try {
        t.setWidths(widths);
      } catch (DocumentException e) {
        throw new IllegalArgumentException(e);
      }
      return t;
    }

    private void header(PdfPTable table, String... titles) {
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

    private PdfPCell row(Phrase phrase, Color bg) {
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

    private PdfPCell flat(Phrase phrase, Color bg) {
      PdfPCell cell = row(phrase, bg);
      cell.setBorder(Rectangle.NO_BORDER);
      return cell;
    }

    private static PdfPCell centred(PdfPCell cell) {
      cell.setHorizontalAlignment(Element.ALIGN_CENTER);
      return cell;
    }

    private static PdfPCell plain(Phrase phrase) {
      PdfPCell cell = new PdfPCell(phrase);
      cell.setBorder(Rectangle.NO_BORDER);
      cell.setPadding(0);
      return cell;
    }

    private void keyValue(PdfPTable table, String key, String value) {
      keyValue(table, key, new Phrase(value, body));
    }

    private void keyValue(PdfPTable table, String key, Phrase value) {
      PdfPCell k = row(new Phrase(key, label), Color.WHITE);
      k.setPaddingLeft(0);
      table.addCell(k);
      table.addCell(row(value, Color.WHITE));
    }

    /** A full-width horizontal rule (a cell border, so no font is involved). */
    private static PdfPTable rule(float width, Color colour, float spacing) {
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

    private String outcomeLabel(String outcome) {
      ReportAssets.Outcome o = assets.outcomes().get(outcome);
      return o == null ? words(outcome) : o.label();
    }

    // --- page furniture: footer with "Page x of y", and the outline ---

    private final class Pages extends PdfPageEventHelper {
      private record Mark(String title, int level) {}

      private final Map<String, Mark> marks = new HashMap<>();
      private int next;
      private PdfTemplate total;
      private PdfOutline section;

      String bookmark(String title, int level) {
        String key = "bookmark-" + next++;
        marks.put(key, new Mark(title, level));
        return key;
      }

      @Override
      public void onOpenDocument(PdfWriter w, Document d) {
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
        cb.setColorStroke(RULE);
        cb.setLineWidth(0.5f);
        cb.moveTo(d.left(), y + 11);
        cb.lineTo(d.right(), y + 11);
        cb.stroke();
        cb.beginText();
        cb.setFontAndSize(regular, 7.5f);
        cb.setColorFill(MUTED);
        cb.showTextAligned(
            Element.ALIGN_LEFT,
            assets.organisation()
                + " · Learner portfolio · "
                + text(portfolio.learnerName())
                + " · ULN "
                + text(portfolio.uln()),
            d.left(),
            y,
            0);
        cb.showTextAligned(
            Element.ALIGN_RIGHT, "Page " + w.getPageNumber() + " of ", d.right() - 22, y, 0);
        cb.endText();
        cb.addTemplate(total, d.right() - 22, y);
        cb.restoreState();
      }

      @Override
      public void onCloseDocument(PdfWriter w, Document d) {
        total.beginText();
        total.setFontAndSize(regular, 7.5f);
        total.setColorFill(MUTED);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(w.getPageNumber() - 1));
        total.endText();
      }
    }
  }

  // --- formatting ---

  private static String text(String s) {
    return s == null || s.isBlank() ? NONE : s;
  }

  private static String hashPrefix(String hash) {
    if (hash == null || hash.isBlank()) {
      return NONE;
    }
    return hash.length() <= HASH_PREFIX ? hash : hash.substring(0, HASH_PREFIX) + "…";
  }

  private static String date(LocalDate d) {
    return d == null ? NONE : DATE.format(d);
  }

  /** NOT_READY → "Not ready", WITNESS_TESTIMONY → "Witness testimony". */
  static String words(String code) {
    if (code == null || code.isBlank()) {
      return NONE;
    }
    String s = code.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The criterion's number within its unit: U501/1.2 → 1.2. */
  private static String number(String id) {
    int slash = id.lastIndexOf('/');
    return slash < 0 ? id : id.substring(slash + 1);
  }

  private static String percent(double fraction) {
    return Math.round(fraction * 100) + "%";
  }

  private static String level(String name, int level) {
    return name == null ? "None (0)" : name + " (" + level + ")";
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

  private static String declarationTitle(String role) {
    return switch (role) {
      case "LEARNER" -> "Learner's declaration of authenticity";
      case "ASSESSOR" -> "Assessor's declaration";
      case "IQA" -> "Internal quality assurance (IQA) declaration";
      default -> words(role) + " declaration";
    };
  }

  private static Color hex(String rgb) {
    return new Color(Integer.parseInt(rgb.replace("#", ""), 16));
  }

  private static Color mix(Color c, Color with, double amount) {
    return new Color(
        (int) Math.round(c.getRed() + (with.getRed() - c.getRed()) * amount),
        (int) Math.round(c.getGreen() + (with.getGreen() - c.getGreen()) * amount),
        (int) Math.round(c.getBlue() + (with.getBlue() - c.getBlue()) * amount));
  }

  /** Black or white text, whichever contrasts more with the background (WCAG luminance). */
  static Color onColour(Color bg) {
    double l =
        0.2126 * linear(bg.getRed())
            + 0.7152 * linear(bg.getGreen())
            + 0.0722 * linear(bg.getBlue());
    return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? Color.WHITE : Color.BLACK;
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
