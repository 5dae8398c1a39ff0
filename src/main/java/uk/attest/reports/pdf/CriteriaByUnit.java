package uk.attest.reports.pdf;

import static uk.attest.reports.pdf.Formats.percent;
import static uk.attest.reports.pdf.Formats.text;
import static uk.attest.reports.pdf.Typography.ids;
import static uk.attest.reports.pdf.Typography.table;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.attest.assessment.Assessment.CriterionView;
import uk.attest.assessment.Assessment.QualificationView;
import uk.attest.assessment.Assessment.Reason;
import uk.attest.assessment.Assessment.UnitView;
import uk.attest.assessment.Names;
import uk.attest.reports.Portfolio;

/**
 * The units one by one: each criterion with its outcome, every reason (the rule that decided and
 * why) and the evidence behind it.
 */
final class CriteriaByUnit implements Section {
  /** Below this much room a unit starts on a new page, so its heading is not left alone. */
  private static final float ROOM_FOR_A_UNIT = 150;

  private final Typography type;
  private final Pages pages;
  private final PdfWriter writer;
  private final QualificationView qualification;

  private final Names names;

  CriteriaByUnit(Portfolio portfolio, Typography type, Pages pages, PdfWriter writer) {
    this.type = type;
    this.pages = pages;
    this.writer = writer;
    this.qualification = portfolio.assessment().qualification();
    this.names = portfolio.names();
  }

  @Override
  public void addTo(Document document) throws DocumentException {
    document.add(pages.heading("Criteria by unit", type.h1, 0));
    document.add(
        new Paragraph(
            "Each assessment criterion with its outcome, every reason (the rule that decided and"
                + " why) and the evidence behind it.",
            type.smallMuted));
    for (UnitView unit : qualification.units()) {
      if (writer.getVerticalPosition(true) - document.bottom() < ROOM_FOR_A_UNIT) {
        document.newPage();
      }
      Paragraph heading = pages.heading(unit.id() + "  " + text(unit.title()), type.h2, 1);
      heading.setSpacingBefore(14);
      document.add(heading);
      document.add(new Paragraph(String.join(" · ", facts(unit)), type.smallMuted));
      if (unit.reason() != null) {
        Paragraph why = reason(unit.reason());
        why.setSpacingAfter(4);
        document.add(why);
      }

      PdfPTable table = table(new float[] {60, 283, 60, 120});
      table.setSpacingBefore(4);
      table.setHeaderRows(1);
      type.header(table, "Criterion", "Criterion and reasons", "Outcome", "Evidence");
      for (CriterionView c : unit.criteria()) {
        table.addCell(type.row(new Phrase(c.id(), type.smallBold), Color.WHITE));
        PdfPCell textCell = type.row(null, Color.WHITE);
        Paragraph statement = new Paragraph(11, text(c.text()), type.body);
        textCell.addElement(statement);
        for (Reason r : c.reasons()) {
          Paragraph p = reason(r);
          p.setSpacingBefore(2);
          textCell.addElement(p);
        }
        table.addCell(textCell);
        PdfPCell outcome =
            type.outcomeCell(c.outcome(), type.outcomeLabel(c.outcome()), type.smallBold, 4);
        outcome.setVerticalAlignment(Element.ALIGN_TOP);
        table.addCell(outcome);
        table.addCell(type.row(evidence(c), Color.WHITE));
      }
      document.add(table);
    }
  }

  /** The line under a unit's heading: reference, level, credits, hours, group and result. */
  private static List<String> facts(UnitView unit) {
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
    return facts;
  }

  /** The evidence a criterion rests on, then any other evidence claimed for it. */
  private Phrase evidence(CriterionView c) {
    Phrase ev = new Phrase("", type.body);
    ev.add(ids(c.evidence().isEmpty() ? "None" : String.join(", ", c.evidence()), type.small));
    Set<String> claimed = new LinkedHashSet<>(c.mapped());
    claimed.removeAll(c.evidence());
    if (!claimed.isEmpty()) {
      ev.add(ids("\nAlso claimed: " + String.join(", ", claimed), type.smallMuted));
    }
    return ev;
  }

  private Paragraph reason(Reason r) {
    Paragraph p = new Paragraph("", type.small);
    p.setLeading(9.5f);
    p.add(new Chunk(text(r.rule()) + "  ", type.smallBold));
    p.add(new Chunk(text(names.in(r.message())), type.small));
    if (r.evidence() != null && !r.evidence().isEmpty()) {
      p.add(ids("  Evidence: " + String.join(", ", r.evidence()), type.smallMuted));
    }
    return p;
  }
}
