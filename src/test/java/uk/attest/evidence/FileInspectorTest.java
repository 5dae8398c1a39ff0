package uk.attest.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import uk.attest.evidence.FileInspector.RefusedFile;
import uk.attest.shared.Sha256;

/**
 * What an uploaded file is, and archives read with bounded inflation: Office and ODF documents
 * pass, a zip bomb is refused as too large after a few mebibytes of work, whatever it declares.
 */
class FileInspectorTest {
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @TempDir Path folder;

  /** The inspector with the limits the service runs with, unless a test gives others. */
  private static FileInspector inspector(Map<String, String> settings) {
    UploadProperties properties =
        new Binder(new MapConfigurationPropertySource(settings))
            .bindOrCreate("attest.uploads", UploadProperties.class);
    return new FileInspector(properties);
  }

  private static FileInspector inspector() {
    return inspector(Map.of());
  }

  private IncomingFile file(Path path, String name, String type) throws IOException {
    return new IncomingFile(name, type, Files.size(path), () -> Files.newInputStream(path));
  }

  @Test
  void aWordDocumentAWorkbookAndAnOpenDocumentTextAreWhatTheySay() throws IOException {
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    try (XWPFDocument d = new XWPFDocument()) {
      d.createParagraph().createRun().setText("Reflective account of the trading review.");
      d.write(docx);
    }
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (XSSFWorkbook w = new XSSFWorkbook()) {
      w.createSheet("Sales").createRow(0).createCell(0).setCellValue("Week 1");
      w.write(xlsx);
    }
    ByteArrayOutputStream odt = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(odt)) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.text".getBytes());
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<office:document-content/>".repeat(2000).getBytes());
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write("<manifest:manifest/>".getBytes());
    }
    FileInspector inspector = inspector();
    var word = inspector.inspect(new IncomingFile("plan.docx", DOCX, docx.toByteArray()), "f");
    assertThat(word.mediaType()).isEqualTo(DOCX);
    assertThat(word.size()).isEqualTo(docx.size());
    assertThat(word.sha256()).isEqualTo(Sha256.hex(docx.toByteArray()));
    assertThat(
            inspector
                .inspect(new IncomingFile("sales.xlsx", null, xlsx.toByteArray()), "f")
                .mediaType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(
            inspector
                .inspect(new IncomingFile("account.odt", null, odt.toByteArray()), "f")
                .mediaType())
        .isEqualTo("application/vnd.oasis.opendocument.text");
  }

  @Test
  void theTestsBombIsARealArchiveThatExpandsToWhatItSays() throws IOException {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    ZipBomb.wordDocument(bomb, 40);
    long expanded = 0;
    try (ZipInputStream zip =
        new ZipInputStream(new java.io.ByteArrayInputStream(bomb.toByteArray()))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        expanded += zip.transferTo(OutputStream.nullOutputStream());
      }
    }
    assertThat(expanded).isGreaterThan(40L * ZipBomb.MIB);
    assertThat(bomb.size()).isLessThan(100_000);
  }

  @Test
  void aWordDocumentThatExpandsToGigabytesIsRefusedAsAZipBomb() throws IOException {
    Path bomb = folder.resolve("bomb.docx");
    try (OutputStream out = Files.newOutputStream(bomb)) {
      ZipBomb.wordDocument(out, 4095);
    }
    FileInspector inspector = inspector();
    inspector.inspect(new IncomingFile("notes.txt", "text/plain", "Warm".getBytes()), "f");
    long start = System.nanoTime();
    assertThatThrownBy(() -> inspector.inspect(file(bomb, "report.docx", DOCX), "files[0]"))
        .isInstanceOfSatisfying(RefusedFile.class, e -> assertThat(e.tooLarge()).isTrue())
        .hasMessageStartingWith("files[0]: file 'report.docx' is an archive that has an entry")
        .hasMessageContaining("expands more than 100 times its compressed size");
    System.out.printf(
        "a %d MB docx expanding to 4095 MiB was refused after %.0f ms%n",
        Files.size(bomb) / 1_000_000, (System.nanoTime() - start) / 1e6);
  }

  @Test
  void anArchiveThatExpandsPastTheTotalLimitIsRefusedSayingHowFar() throws IOException {
    // Text that compresses about three times: well within the ratio, past a total of 4MB.
    StringBuilder text = new StringBuilder();
    java.util.Random random = new java.util.Random(7);
    while (text.length() < 3 * ZipBomb.MIB) {
      text.append(Integer.toHexString(random.nextInt()));
    }
    ByteArrayOutputStream archive = new ByteArrayOutputStream();
    try (ZipBomb zip = new ZipBomb(archive)) {
      zip.entry("[Content_Types].xml", "<Types/>");
      zip.entry("word/document.xml", text.toString());
      zip.entry("word/document2.xml", text.toString());
    }
    assertThatThrownBy(
            () ->
                inspector(Map.of("attest.uploads.max-archive-expanded-size", "4MB"))
                    .inspect(new IncomingFile("a.docx", DOCX, archive.toByteArray()), "files[1]"))
        .isInstanceOf(RefusedFile.class)
        .hasMessage("files[1]: file 'a.docx' is an archive that expands to more than 4MB");
  }

  @Test
  void anArchiveOfTooManyEntriesIsRefused() throws IOException {
    ByteArrayOutputStream archive = new ByteArrayOutputStream();
    try (ZipBomb zip = new ZipBomb(archive)) {
      for (int i = 0; i < 11; i++) {
        zip.entry("part" + i + ".xml", "<p/>");
      }
    }
    assertThatThrownBy(
            () ->
                inspector(Map.of("attest.uploads.max-archive-entries", "10"))
                    .inspect(new IncomingFile("a.docx", DOCX, archive.toByteArray()), "f"))
        .isInstanceOf(RefusedFile.class)
        .hasMessageEndingWith("is an archive that has more than 10 entries");
  }

  @Test
  void aBombInsideAnArchiveIsRefusedAndSoIsNestingTooDeep() throws IOException {
    ByteArrayOutputStream inner = new ByteArrayOutputStream();
    ZipBomb.wordDocument(inner, 200);
    ByteArrayOutputStream outer = new ByteArrayOutputStream();
    try (ZipBomb zip = new ZipBomb(outer)) {
      zip.entry("[Content_Types].xml", "<Types/>");
      zip.entry("word/document.xml", "<w:document/>");
      zip.entry("word/embeddings/oleObject1.docx", inner.toByteArray());
    }
    assertThatThrownBy(
            () -> inspector().inspect(new IncomingFile("a.docx", DOCX, outer.toByteArray()), "f"))
        .isInstanceOf(RefusedFile.class)
        .hasMessageContaining("expands more than 100 times");

    byte[] nested = "just text".getBytes();
    for (int depth = 0; depth < 4; depth++) {
      ByteArrayOutputStream wrapper = new ByteArrayOutputStream();
      try (ZipBomb zip = new ZipBomb(wrapper)) {
        zip.entry("[Content_Types].xml", "<Types/>");
        zip.entry("word/document.xml", "<w:document/>");
        zip.entry("inner.zip", nested);
      }
      nested = wrapper.toByteArray();
    }
    byte[] deep = nested;
    assertThatThrownBy(() -> inspector().inspect(new IncomingFile("a.docx", DOCX, deep), "f"))
        .isInstanceOf(RefusedFile.class)
        .hasMessageEndingWith("is an archive that holds archives nested more than 3 deep");
  }
}
