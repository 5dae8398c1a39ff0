package uk.attest.reports.pdf;

import static uk.attest.reports.pdf.Colours.mix;
import static uk.attest.reports.pdf.Formats.NONE;
import static uk.attest.reports.pdf.Formats.text;
import static uk.attest.reports.pdf.Typography.centred;
import static uk.attest.reports.pdf.Typography.table;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.Assessment.GapView;
import uk.attest.assessment.Assessment.ProgressionView;
import uk.attest.assessment.Assessment.TimeView;
import uk.attest.assessment.Names;
import uk.attest.reports.Portfolio;

/**
 * Where the learner is heading: career progression towards a target role, the skills gaps against
 * it, and the estimated time to competency.
 */
final class Progression implements Section {
  private final Typography type;
  private final Pages pages;
  private final Assessment assessment;

  private final Names names;

  Progression(Portfolio portfolio, Typography type, Pages pages) {
    this.type = type;
    this.pages = pages;
    this.assessment = portfolio.assessment();
    this.names = portfolio.names();
  }

  @Override
  public void addTo(Document document) throws DocumentException {
    document.add(pages.heading("Career progression and skills gaps", type.h1, 0));
    Paragraph heading = subheading("Career progression");
    heading.setSpacingBefore(6);
    document.add(heading);
    careerProgression(document);
    document.add(subheading("Skills gaps"));
    skillsGaps(document);
    document.add(subheading("Estimated time to competency"));
    timeToCompetency(document);
  }

  private Paragraph subheading(String title) {
    Paragraph heading = new Paragraph(title, type.h2);
    heading.setSpacingBefore(14);
    heading.setSpacingAfter(4);
    return heading;
  }

  private void careerProgression(Document document) throws DocumentException {
    ProgressionView p = assessment.progression();
    if (p == null) {
      document.add(new Paragraph("No career pathway applies to this learner.", type.body));
      return;
    }
    PdfPTable t = table(new float[] {140, 383});
    type.keyValue(t, "Current role", text(p.currentRole()));
    type.keyValue(
        t,
        "Target role",
        p.targetRole() == null ? NONE : text(p.targetTitle()) + " (" + p.targetRole() + ")");
    type.keyValue(
        t,
        "Progression score",
        new Phrase(p.score() == null ? "Not scored" : p.score() + " / 100", type.bodyBold));
    type.keyValue(
        t, "Reason", text(names.in(p.reason())) + (p.rule() == null ? "" : " (" + p.rule() + ")"));
    document.add(t);
  }

  private void skillsGaps(Document document) throws DocumentException {
    List<GapView> gaps = assessment.gaps();
    if (gaps == null || gaps.isEmpty()) {
      document.add(new Paragraph("No skills gaps were assessed.", type.body));
      return;
    }
    PdfPTable t = table(new float[] {125, 178, 80, 80, 60});
    t.setHeaderRows(1);
    type.header(t, "Role", "Competency", "Required", "Demonstrated", "Gap");
    for (GapView g : gaps) {
      t.addCell(type.row(new Phrase(text(g.role()), type.small), Color.WHITE));
      t.addCell(type.row(new Phrase(text(g.name()), type.body), Color.WHITE));
      t.addCell(
          type.row(new Phrase(level(g.required(), g.requiredLevel()), type.small), Color.WHITE));
      t.addCell(
          type.row(
              new Phrase(level(g.demonstrated(), g.demonstratedLevel()), type.small), Color.WHITE));
      // The gap's cell is a pale version of the outcome colour it corresponds to.
      Color heat =
          mix(
              type.outcomeColour(
                  g.gap() <= 0 ? "MET" : g.gap() == 1 ? "PARTIAL" : "NOT_MET", Color.GRAY),
              Color.WHITE,
              0.7);
      PdfPCell gap = centred(type.row(new Phrase(String.valueOf(g.gap()), type.bodyBold), heat));
      t.addCell(gap);
    }
    document.add(t);
    document.add(
        new Paragraph(
            "Gap = required minus demonstrated proficiency level; 0 means the requirement is"
                + " met.",
            type.smallMuted));
  }

  private void timeToCompetency(Document document) throws DocumentException {
    TimeView time = assessment.timeToCompetency();
    if (time == null) {
      document.add(new Paragraph("Not estimated.", type.body));
      return;
    }
    PdfPTable t = table(new float[] {140, 383});
    type.keyValue(
        t,
        "Estimated time",
        new Phrase(time.weeks() + (time.weeks() == 1 ? " week" : " weeks"), type.bodyBold));
    type.keyValue(
        t, "Guided learning hours left", String.format(Locale.UK, "%.1f hours", time.hours()));
    type.keyValue(
        t, "Weekly learning hours", String.format(Locale.UK, "%.1f hours", time.weeklyHours()));
    type.keyValue(
        t,
        "Reason",
        text(names.in(time.reason())) + (time.rule() == null ? "" : " (" + time.rule() + ")"));
    document.add(t);
  }

  /** A proficiency level by name and number; none demonstrated is level 0. */
  private static String level(String name, int level) {
    return name == null ? "None (0)" : name + " (" + level + ")";
  }
}
