package uk.attest.reports.pdf;

import static uk.attest.reports.pdf.Formats.NONE;
import static uk.attest.reports.pdf.Formats.date;
import static uk.attest.reports.pdf.Formats.text;
import static uk.attest.reports.pdf.Formats.words;
import static uk.attest.reports.pdf.Typography.plain;
import static uk.attest.reports.pdf.Typography.rule;
import static uk.attest.reports.pdf.Typography.table;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.Assessment.QualificationView;
import uk.attest.assessment.Assessment.TimeView;
import uk.attest.assessment.Assessment.UnitView;
import uk.attest.reports.Portfolio;
import uk.attest.reports.ReportAssets;

/**
 * The cover: the centre's masthead, the learner and qualification, a band of three headline
 * figures, and the details that identify this assessment and make it repeatable.
 */
final class Cover implements Section {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss xxx", Locale.UK);

  private final Portfolio portfolio;
  private final ReportAssets assets;
  private final Typography type;
  private final Pages pages;
  private final Assessment assessment;
  private final QualificationView qualification;

  Cover(Portfolio portfolio, ReportAssets assets, Typography type, Pages pages) {
    this.portfolio = portfolio;
    this.assets = assets;
    this.type = type;
    this.pages = pages;
    this.assessment = portfolio.assessment();
    this.qualification = assessment.qualification();
  }

  @Override
  public void addTo(Document document) throws IOException, DocumentException {
    PdfPTable masthead = table(new float[] {46, 477});
    Image logo = Image.getInstance(assets.logo());
    logo.scaleToFit(38, 38);
    PdfPCell logoCell = new PdfPCell(logo, false);
    logoCell.setBorder(Rectangle.NO_BORDER);
    logoCell.setPadding(0);
    masthead.addCell(logoCell);
    PdfPCell org =
        plain(new Phrase(assets.organisation(), new Font(type.bold, 15, Font.NORMAL, type.accent)));
    org.setVerticalAlignment(Element.ALIGN_MIDDLE);
    masthead.addCell(org);
    document.add(masthead);
    document.add(rule(1.2f, type.accent, 2));

    Paragraph title =
        pages.heading("Learner portfolio", new Font(type.bold, 24, Font.NORMAL, type.accent), 0);
    title.setSpacingBefore(26);
    document.add(title);
    Paragraph learner =
        new Paragraph(
            text(portfolio.learnerName()), new Font(type.bold, 18, Font.NORMAL, Typography.TEXT));
    learner.setSpacingBefore(6);
    document.add(learner);
    Paragraph qual =
        new Paragraph(
            qualification.title() + " (" + qualification.number() + ")",
            new Font(type.regular, 11, Font.NORMAL, Typography.MUTED));
    qual.setSpacingBefore(4);
    qual.setSpacingAfter(18);
    document.add(qual);

    document.add(summaryBand());

    PdfPTable details = table(new float[] {140, 383});
    details.setSpacingBefore(18);
    type.keyValue(details, "Learner", text(portfolio.learnerName()));
    type.keyValue(details, "ULN", text(portfolio.uln()));
    type.keyValue(details, "Learner ID", text(portfolio.learnerId()));
    type.keyValue(details, "Centre", text(portfolio.centreName()));
    type.keyValue(details, "Qualification", text(qualification.title()));
    type.keyValue(details, "Qualification number (QN)", text(qualification.number()));
    type.keyValue(details, "Level", "Level " + qualification.level());
    type.keyValue(details, "Credits required", String.valueOf(qualification.credit()));
    type.keyValue(details, "Assessment date", date(assessment.assessedOn()));
    var readiness = qualification.readiness();
    Phrase ready = new Phrase("", type.body);
    ready.add(
        new Chunk(readiness.score() + " / 100 · " + words(readiness.status()), type.bodyBold));
    ready.add(
        new Chunk(
            "\n" + text(portfolio.names().in(readiness.reason())) + " (" + readiness.rule() + ")",
            type.small));
    type.keyValue(details, "Readiness", ready);
    type.keyValue(
        details, "Catalogue version", new Phrase(text(assessment.catalogueVersion()), type.small));
    type.keyValue(
        details, "Ruleset version", new Phrase(text(assessment.rulesetVersion()), type.small));
    type.keyValue(
        details,
        "Generated",
        portfolio.generatedAt() == null ? NONE : DATE_TIME.format(portfolio.generatedAt()));
    document.add(details);

    Paragraph note =
        new Paragraph(
            "The same evidence, catalogue version, ruleset version and assessment date always give"
                + " the same assessment. Each judgement in this portfolio names the rule that made"
                + " it and the evidence it rests on.",
            type.smallMuted);
    note.setSpacingBefore(14);
    document.add(note);
  }

  /** Readiness, units achieved and time to competency, side by side. */
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
    Color colour = good ? type.outcomeColour("MET", type.accent) : type.accent;
    PdfPCell cell = new PdfPCell();
    cell.addElement(new Paragraph(10, caption, type.label));
    cell.addElement(new Paragraph(22, value, new Font(type.bold, 17, Font.NORMAL, colour)));
    cell.addElement(new Paragraph(10, note, type.smallMuted));
    cell.setBackgroundColor(type.accentTint);
    cell.setBorderColor(Color.WHITE);
    cell.setBorderWidth(3);
    cell.setPadding(8);
    cell.setUseAscender(true);
    return cell;
  }
}
