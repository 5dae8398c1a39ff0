package uk.attest.reports.pdf;

import static uk.attest.reports.pdf.Formats.date;
import static uk.attest.reports.pdf.Formats.percent;
import static uk.attest.reports.pdf.Formats.text;
import static uk.attest.reports.pdf.Typography.centred;
import static uk.attest.reports.pdf.Typography.plain;
import static uk.attest.reports.pdf.Typography.table;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.Assessment.CriterionView;
import uk.attest.assessment.Assessment.QualificationView;
import uk.attest.assessment.Assessment.UnitView;
import uk.attest.assessment.Names;
import uk.attest.reports.Portfolio;
import uk.attest.reports.ReportAssets;

/**
 * The competency matrix: one row per unit with a cell per criterion coloured by its outcome, under
 * a legend of the outcomes, then the qualification's rules of combination.
 */
final class CompetencyMatrix implements Section {
  private static final int CELLS_PER_ROW = 7;

  private final Typography type;
  private final Pages pages;
  private final Assessment assessment;
  private final QualificationView qualification;

  private final Names names;

  CompetencyMatrix(Portfolio portfolio, Typography type, Pages pages) {
    this.type = type;
    this.pages = pages;
    this.assessment = portfolio.assessment();
    this.names = portfolio.names();
    this.qualification = assessment.qualification();
  }

  @Override
  public void addTo(Document document) throws DocumentException {
    document.add(pages.heading("Competency matrix", type.h1, 0));
    document.add(
        new Paragraph(
            "One row per unit of "
                + qualification.title()
                + "; one cell per assessment criterion, coloured by its outcome on "
                + date(assessment.assessedOn())
                + ".",
            type.smallMuted));
    document.add(legend());

    PdfPTable table = table(new float[] {58, 128, 40, 50, 52, 195});
    table.setSpacingBefore(8);
    table.setHeaderRows(1);
    type.header(table, "Unit", "Title", "Credit", "Achieved", "Coverage", "Assessment criteria");
    boolean shade = false;
    for (UnitView unit : qualification.units()) {
      Color bg = shade ? Typography.ZEBRA : Color.WHITE;
      shade = !shade;
      Phrase id = new Phrase("", type.body);
      id.add(new Chunk(unit.id(), type.bodyBold));
      if (unit.ref() != null) {
        id.add(new Chunk("\n" + unit.ref(), type.smallMuted));
      }
      if (unit.group() != null) {
        id.add(new Chunk("\nGroup " + unit.group(), type.smallMuted));
      }
      table.addCell(type.row(id, bg));
      table.addCell(type.row(new Phrase(text(unit.title()), type.body), bg));
      table.addCell(centred(type.row(new Phrase(String.valueOf(unit.credit()), type.body), bg)));
      table.addCell(
          centred(type.row(new Phrase(unit.achieved() ? "Yes" : "No", type.bodyBold), bg)));
      table.addCell(centred(type.row(new Phrase(percent(unit.coverage()), type.body), bg)));
      PdfPTable grid = criteriaCells(unit);
      PdfPCell cells = new PdfPCell(grid);
      grid.setExtendLastRow(false); // a taller row must not stretch the last line of cells
      cells.setBackgroundColor(bg);
      cells.setBorder(Rectangle.BOTTOM);
      cells.setBorderColor(Typography.RULE);
      cells.setPadding(3);
      table.addCell(cells);
    }
    document.add(table);

    if (!qualification.rulesOfCombination().isEmpty()) {
      Paragraph heading = new Paragraph("Rules of combination", type.h2);
      heading.setSpacingBefore(14);
      heading.setSpacingAfter(4);
      document.add(heading);
      PdfPTable roc = table(new float[] {110, 40, 50, 323});
      roc.setHeaderRows(1);
      type.header(roc, "Rule of combination", "Holds", "Rule", "Reason");
      for (var c : qualification.rulesOfCombination()) {
        roc.addCell(type.row(new Phrase(text(c.subject()), type.body), Color.WHITE));
        roc.addCell(type.row(new Phrase(c.holds() ? "Yes" : "No", type.bodyBold), Color.WHITE));
        roc.addCell(type.row(new Phrase(text(c.rule()), type.small), Color.WHITE));
        roc.addCell(type.row(new Phrase(text(names.in(c.reason())), type.body), Color.WHITE));
      }
      document.add(roc);
    }
  }

  private PdfPTable legend() {
    PdfPTable legend = new PdfPTable(ReportAssets.OUTCOMES.size() + 1);
    legend.setWidthPercentage(70);
    legend.setHorizontalAlignment(Element.ALIGN_LEFT);
    legend.setSpacingBefore(8);
    PdfPCell caption = plain(new Phrase("Legend", type.label));
    caption.setVerticalAlignment(Element.ALIGN_MIDDLE);
    legend.addCell(caption);
    for (String outcome : ReportAssets.OUTCOMES) {
      legend.addCell(type.outcomeCell(outcome, type.outcomeLabel(outcome), type.small, 4));
    }
    return legend;
  }

  /** The unit's criteria as coloured cells, the last line padded out with empty ones. */
  private PdfPTable criteriaCells(UnitView unit) {
    PdfPTable cells = new PdfPTable(CELLS_PER_ROW);
    cells.setWidthPercentage(100);
    for (CriterionView c : unit.criteria()) {
      cells.addCell(type.outcomeCell(c.outcome(), number(c.id()), type.smallBold, 2));
    }
    int rest = (CELLS_PER_ROW - unit.criteria().size() % CELLS_PER_ROW);
    for (int i = 0; i < rest % CELLS_PER_ROW; i++) {
      PdfPCell empty = new PdfPCell(new Phrase("", type.small));
      empty.setBorder(Rectangle.NO_BORDER);
      cells.addCell(empty);
    }
    return cells;
  }

  /** The criterion's number within its unit: U501/1.2 → 1.2. */
  private static String number(String id) {
    int slash = id.lastIndexOf('/');
    return slash < 0 ? id : id.substring(slash + 1);
  }
}
