package uk.attest.reports.workbook;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import uk.attest.reports.Portfolio.EvidenceEntry;
import uk.attest.reports.Portfolio.FileEntry;

/** The Evidence sheet: the evidence index, a row per item with its files' names and hashes. */
final class EvidenceSheet {
  static final String NAME = "Evidence";

  private static final List<Column<EvidenceEntry>> COLUMNS =
      List.of(
          Column.text("Evidence id", 11, EvidenceEntry::id),
          Column.text("Title", 50, EvidenceEntry::title),
          Column.text("Method", 22, EvidenceEntry::method),
          Column.date("Activity date", 13, EvidenceEntry::activityDate),
          Column.text("Assessor", 12, EvidenceEntry::assessor),
          Column.text("Decision", 18, EvidenceEntry::decision),
          Column.text("Proficiency", 14, EvidenceEntry::proficiency),
          Column.text("Criteria", 30, s -> s.wrap, e -> Cells.join(e.criteria())),
          Column.integer("Files", 7, e -> e.files().size()),
          Column.integer(
              "Size (bytes)", 12, e -> e.files().stream().mapToLong(FileEntry::size).sum()),
          Column.text("File names", 30, s -> s.wrap, e -> lines(e.files(), FileEntry::name)),
          Column.text("SHA-256", 68, s -> s.wrapMono, e -> lines(e.files(), FileEntry::sha256)));

  private EvidenceSheet() {}

  static void write(XSSFSheet sheet, List<EvidenceEntry> items, Styles s) {
    int rows = Table.write(sheet, 0, COLUMNS, items, s);
    Table.freezeAndFilter(sheet, rows, COLUMNS.size());
    Table.widths(sheet, 0, COLUMNS);
  }

  /** One line per file. */
  private static String lines(List<FileEntry> files, Function<FileEntry, String> field) {
    return files.stream().map(field).map(v -> v == null ? "" : v).collect(Collectors.joining("\n"));
  }
}
