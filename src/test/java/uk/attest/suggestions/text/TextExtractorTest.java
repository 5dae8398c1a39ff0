package uk.attest.suggestions.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.attest.suggestions.text.Fixtures.DOCX;
import static uk.attest.suggestions.text.Fixtures.ODS;
import static uk.attest.suggestions.text.Fixtures.ODT;
import static uk.attest.suggestions.text.Fixtures.PDF;
import static uk.attest.suggestions.text.Fixtures.PPTX;
import static uk.attest.suggestions.text.Fixtures.XLSX;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Each kind of evidence file an upload accepts reads as the words a person would see in it. */
class TextExtractorTest {
  private final TextExtractor extractor = new TextExtractor();

  private Extracted read(byte[] bytes, String mediaType) {
    return extractor.extract(new ByteArrayInputStream(bytes), mediaType);
  }

  @Test
  void aPdfReadsAsTheTextOfItsPagesInOrder() {
    Extracted read =
        read(Fixtures.pdf(List.of("Stock was rotated on Monday.", "Waste fell by a third.")), PDF);

    assertThat(read.text()).isEqualTo("Stock was rotated on Monday.\nWaste fell by a third.");
    assertThat(read.truncated()).isFalse();
    assertThat(read.note()).isNull();
  }

  @Test
  void aScannedPdfWithNoTextLayerReadsAsNothingWithANote() {
    Extracted read = read(Fixtures.scannedPdf(), PDF);

    assertThat(read.text()).isEmpty();
    assertThat(read.truncated()).isFalse();
    assertThat(read.note()).isEqualTo("The PDF has no text layer (a scan?); nothing was read.");
  }

  @Test
  void aWordDocumentReadsAsItsParagraphs() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText("Reflective account:   the  launch.");
      document.createParagraph().createRun().setText("I briefed the team.");
      document.write(out);
    }

    assertThat(read(out.toByteArray(), DOCX).text())
        .isEqualTo("Reflective account: the launch.\nI briefed the team.");
  }

  @Test
  void aPresentationReadsAsTheTextOfItsSlidesAndTheirNotes() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XMLSlideShow show = new XMLSlideShow()) {
      XSLFSlide slide = show.createSlide();
      slide.createTextBox().setText("Quarterly trading review");
      for (XSLFTextShape shape : show.getNotesSlide(slide).getPlaceholders()) {
        if (shape.getTextType() == Placeholder.BODY) {
          shape.setText("Presented to the board by the learner.");
        }
      }
      show.createSlide().createTextBox().setText("Conversion rose to 3.1%");
      show.write(out);
    }

    String text = read(out.toByteArray(), PPTX).text();

    assertThat(text)
        .contains("Quarterly trading review", "Presented to the board by the learner.")
        .contains("Conversion rose to 3.1%");
    assertThat(text.indexOf("Presented")).isLessThan(text.indexOf("Conversion"));
  }

  @Test
  void aWorkbookReadsAsItsCellsARowToALine() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      var sheet = workbook.createSheet("Sales");
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("Channel");
      header.createCell(1).setCellValue("Orders");
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue("Marketplace");
      row.createCell(1).setCellValue(412);
      workbook.write(out);
    }

    assertThat(read(out.toByteArray(), XLSX).text()).isEqualTo("Channel Orders\nMarketplace 412");
  }

  @Test
  void anOpenDocumentTextReadsAsItsParagraphsAndLeavesOutDeletedTextAndComments() throws Exception {
    String body =
        """
        <office:text>
        <text:tracked-changes><text:changed-region><text:deletion>
          <text:p>Deleted draft wording</text:p></text:deletion></text:changed-region>
        </text:tracked-changes>
        <text:h>Witness statement</text:h>
        <text:p>The learner<text:s text:c="3"/>led<text:tab/>the audit.<office:annotation>
          <text:p>check date</text:p></office:annotation></text:p>
        <text:p>Signed, <text:span>the manager</text:span>.</text:p>
        </office:text>
        """;

    Extracted read = read(Fixtures.openDocument(ODT, Fixtures.content(body)), ODT);

    assertThat(read.text())
        .isEqualTo("Witness statement\nThe learner led the audit.\nSigned, the manager.");
  }

  @Test
  void anOpenDocumentSpreadsheetReadsAsItsCellsARowToALine() throws Exception {
    String body =
        """
        <office:spreadsheet><table:table table:name="Log">
        <table:table-row><table:table-cell><text:p>Date</text:p></table:table-cell>
          <table:table-cell><text:p>Task</text:p></table:table-cell></table:table-row>
        <table:table-row><table:table-cell><text:p>3 March</text:p></table:table-cell>
          <table:table-cell><text:p>Supplier review</text:p></table:table-cell></table:table-row>
        </table:table></office:spreadsheet>
        """;

    assertThat(read(Fixtures.openDocument(ODS, Fixtures.content(body)), ODS).text())
        .isEqualTo("Date Task\n3 March Supplier review");
  }

  @Test
  void plainTextIsUtf8WithItsByteOrderMarkDroppedAndWhitespaceTidied() {
    byte[] text = "café  \t menu\r\n\r\n\r\nprices\u0007 agreed".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);

    assertThat(read(withBom, "text/plain").text()).isEqualTo("café menu\nprices agreed");
  }

  @Test
  void textWithAUtf16ByteOrderMarkIsReadAsUtf16() {
    byte[] utf16 = "\uFEFFNaïve forecast".getBytes(StandardCharsets.UTF_16LE);

    assertThat(read(utf16, "text/plain").text()).isEqualTo("Naïve forecast");
  }

  @Test
  void bytesThatAreNotUtf8BecomeReplacementCharactersNotAnError() {
    byte[] latin1 = "caf\u00e9 r\u00e9sum\u00e9".getBytes(StandardCharsets.ISO_8859_1);

    Extracted read = read(latin1, "text/csv; charset=utf-8");

    assertThat(read.text()).isEqualTo("caf\uFFFD r\uFFFDsum\uFFFD");
    assertThat(read.note()).isNull();
  }

  @Test
  void jsonReadsAsItsStringValuesOnlyNotItsKeysNumbersOrPunctuation() {
    String json =
        """
        {"title": "Supplier negotiation", "score": 7, "tags": ["pricing", "terms"],
         "by": {"name": "A. Learner", "verified": true}}
        """;

    assertThat(read(json.getBytes(StandardCharsets.UTF_8), "application/json").text())
        .isEqualTo("Supplier negotiation\npricing\nterms\nA. Learner");
  }

  @Test
  void picturesAudioAndVideoReadAsNothingWithANote() {
    for (String type : List.of("image/png", "audio/mpeg", "video/mp4")) {
      Extracted read = read(new byte[] {1, 2, 3}, type);

      assertThat(read.text()).as(type).isEmpty();
      assertThat(read.truncated()).as(type).isFalse();
      assertThat(read.note()).as(type).isEqualTo("Pictures, audio and video have no text to read.");
    }
  }

  @Test
  void aTypeThatUploadsRefuseIsRefusedHereTooNamingIt() {
    assertThatThrownBy(() -> read(new byte[] {'P', 'K', 3, 4}, "application/zip"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("application/zip");
    assertThatThrownBy(() -> read(new byte[0], null)).isInstanceOf(IllegalArgumentException.class);
  }
}
