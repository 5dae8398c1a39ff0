package uk.attest.reports.workbook;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import uk.attest.reports.Portfolio.EvidenceEntry;
import uk.attest.reports.Portfolio.FileEntry;

/** The Evidence sheet: the evidence index, a row per item with its files' names and hashes. */
final class EvidenceSheet {
  static final String NAME = "Evidence";

  static final List<String> HEADINGS =
      List.of(
          "Evidence id",
          "Title",
          "Method",
          "Activity date",
          "Assessor",
          "Decision",
          "Proficiency",
          "Criteria",
          "Files",
          "Size (bytes)",
          "File names",
          "SHA-256");

  private EvidenceSheet() {}

  static void write(XSSFSheet sheet, List<EvidenceEntry> items, Styles s) {
    Table.header(sheet, HEADINGS, 0, s);
    int r = 1;
    for (EvidenceEntry e : items) {
      Row row = sheet.createRow(r++);
      Cells.text(row.createCell(0), e.id(), s.plain, s);
      Cells.text(row.createCell(1), e.title(), s.plain, s);
      Cells.text(row.createCell(2), e.method(), s.plain, s);
      Cells.date(row, 3, e.activityDate(), s);
      Cells.text(row.createCell(4), e.assessor(), s.plain, s);
      Cells.text(row.createCell(5), e.decision(), s.plain, s);
      Cells.text(row.createCell(6), e.proficiency(), s.plain, s);
      Cells.text(row.createCell(7), Cells.join(e.criteria()), s.wrap, s);
      Cells.number(row, 8, e.files().size(), s.integer);
      Cells.number(row, 9, e.files().stream().mapToLong(FileEntry::size).sum(), s.integer);
      Cells.text(row.createCell(10), lines(e.files(), FileEntry::name), s.wrap, s);
      Cells.text(row.createCell(11), lines(e.files(), FileEntry::sha256), s.wrapMono, s);
    }
    Table.freezeAndFilter(sheet, r, HEADINGS.size());
    Table.widths(sheet, 0, 11, 50, 22, 13, 12, 18, 14, 30, 7, 12, 30, 68);
  }

  /** One line per file. */
  private static String lines(List<FileEntry> files, Function<FileEntry, String> field) {
    return files.stream().map(field).map(v -> v == null ? "" : v).collect(Collectors.joining("\n"));
  }
}
