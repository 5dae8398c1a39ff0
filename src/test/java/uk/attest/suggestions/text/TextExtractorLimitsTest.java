package uk.attest.suggestions.text;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.attest.suggestions.text.Fixtures.DOCX;
import static uk.attest.suggestions.text.Fixtures.ODT;
import static uk.attest.suggestions.text.Fixtures.PDF;
import static uk.attest.suggestions.text.Fixtures.XLSX;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Reading stays within its limits of characters, pages, bytes and time, and a damaged file reads as
 * nothing with a note saying why, never as an exception.
 */
class TextExtractorLimitsTest {
  private static final TextExtractor.Limits DEFAULTS = TextExtractor.Limits.defaults();

  private static Extracted read(TextExtractor.Limits limits, byte[] bytes, String mediaType) {
    return new TextExtractor(limits).extract(new ByteArrayInputStream(bytes), mediaType);
  }

  private static TextExtractor.Limits chars(int maxChars) {
    return new TextExtractor.Limits(
        maxChars, DEFAULTS.maxPdfPages(), DEFAULTS.timeout(), DEFAULTS.maxInputBytes());
  }

  @Test
  void theDefaultsAreTwoHundredThousandCharactersTwoHundredPagesTenSecondsAnd25Mb() {
    assertThat(DEFAULTS)
        .isEqualTo(new TextExtractor.Limits(200_000, 200, Duration.ofSeconds(10), 25L << 20));
  }

  @Test
  void textOverTheCharacterLimitIsCutThereAndSaysSo() {
    String words = "word ".repeat(100_000);

    Extracted read = read(DEFAULTS, words.getBytes(StandardCharsets.UTF_8), "text/plain");

    assertThat(read.text()).hasSize(199_999).startsWith("word word").endsWith("word");
    assertThat(read.truncated()).isTrue();
    assertThat(read.note()).isEqualTo("Only the first 200,000 characters were read.");
  }

  @Test
  void textJustUnderTheCharacterLimitIsReadWhole() {
    Extracted read = read(chars(10), "0123456789".getBytes(StandardCharsets.UTF_8), "text/plain");

    assertThat(read.text()).isEqualTo("0123456789");
    assertThat(read.truncated()).isFalse();
    assertThat(read.note()).isNull();
  }

  @Test
  void aPdfOverThePageLimitIsReadUpToTheLimitAndSaysSo() {
    byte[] pdf = Fixtures.pdf(IntStream.rangeClosed(1, 5).mapToObj(i -> "Page " + i).toList());
    var threePages =
        new TextExtractor.Limits(
            DEFAULTS.maxChars(), 3, DEFAULTS.timeout(), DEFAULTS.maxInputBytes());

    Extracted read = read(threePages, pdf, PDF);

    assertThat(read.text()).isEqualTo("Page 1\nPage 2\nPage 3");
    assertThat(read.truncated()).isTrue();
    assertThat(read.note()).isEqualTo("Only the first 3 pages were read.");
  }

  @Test
  void aLargeWorkbookStopsAtTheCharacterLimit() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      var sheet = workbook.createSheet();
      for (int r = 0; r < 2_000; r++) {
        sheet.createRow(r).createCell(0).setCellValue("order " + r);
      }
      workbook.write(out);
    }

    Extracted read = read(chars(1_000), out.toByteArray(), XLSX);

    assertThat(read.text()).hasSizeLessThanOrEqualTo(1_000).startsWith("order 0\norder 1\n");
    assertThat(read.truncated()).isTrue();
    assertThat(read.note()).isEqualTo("Only the first 1,000 characters were read.");
  }

  @Test
  void aCorruptPdfReadsAsNothingWithTheReason() {
    byte[] corrupt = "%PDF-1.7\nthis is not really a PDF\n".getBytes(StandardCharsets.US_ASCII);

    Extracted read = read(DEFAULTS, corrupt, PDF);

    assertThat(read.text()).isEmpty();
    assertThat(read.truncated()).isFalse();
    assertThat(read.note()).startsWith("The file could not be read as a PDF: ").endsWith(".");
  }

  @Test
  void aPdfCutShortHalfWayReadsAsNothingOrAsItsTextButNeverThrows() {
    byte[] pdf = Fixtures.pdf(List.of("Complete sentence on page one."));
    byte[] half = Arrays.copyOf(pdf, pdf.length / 2);

    Extracted read = read(DEFAULTS, half, PDF);

    assertThat(read.text()).isIn("", "Complete sentence on page one.");
  }

  @Test
  void aCorruptWordDocumentReadsAsNothingWithTheReason() {
    byte[] corrupt = {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3};

    Extracted read = read(DEFAULTS, corrupt, DOCX);

    assertThat(read.text()).isEmpty();
    assertThat(read.note()).startsWith("The file could not be read as a Word document: ");
  }

  @Test
  void jsonThatIsNotJsonReadsAsNothingWithTheReason() {
    Extracted read =
        read(
            DEFAULTS,
            "{\"a\": \"kept?\", oops".getBytes(StandardCharsets.UTF_8),
            "application/json");

    assertThat(read.text()).isEmpty();
    assertThat(read.note()).startsWith("The file could not be read as JSON: ");
  }

  @Test
  void anOpenDocumentCannotReachOutThroughAnExternalEntity() throws Exception {
    String content =
        """
        <?xml version="1.0"?>
        <!DOCTYPE office:document-content [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
        <office:body><office:text><text:p>Before &secret; after</text:p></office:text></office:body>
        </office:document-content>
        """
            .strip();
    String hostname =
        java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).strip();

    Extracted read = read(DEFAULTS, Fixtures.openDocument(ODT, content), ODT);

    assertThat(read.text()).doesNotContain(hostname);
    assertThat(read.note())
        .isEqualTo(
            "The file could not be read as an OpenDocument text: "
                + "The entity \"secret\" was referenced, but not declared.");
  }

  @Test
  void anOpenDocumentWithoutContentReadsAsNothingWithTheReason() throws Exception {
    byte[] zip = Fixtures.openDocument(ODT, "").clone();
    Extracted read = read(DEFAULTS, Arrays.copyOf(zip, 60), ODT);

    assertThat(read.text()).isEmpty();
    assertThat(read.note()).startsWith("The file could not be read as an OpenDocument text: ");
  }

  @Test
  void readingThatRunsOutOfTimeStopsAndSaysSo() {
    var quick =
        new TextExtractor.Limits(
            DEFAULTS.maxChars(),
            DEFAULTS.maxPdfPages(),
            Duration.ofMillis(200),
            DEFAULTS.maxInputBytes());
    long started = System.nanoTime();

    Extracted read = new TextExtractor(quick).extract(new SlowStream(), "text/plain");

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(read.text()).isEmpty();
    assertThat(read.truncated()).isTrue();
    assertThat(read.note()).isEqualTo("Reading stopped after 200 milliseconds.");
  }

  @Test
  void textOverTheByteLimitIsReadUpToItAndSaysSo() {
    var small = new TextExtractor.Limits(DEFAULTS.maxChars(), 1, DEFAULTS.timeout(), 1024);

    Extracted read = read(small, "a".repeat(2_000).getBytes(StandardCharsets.UTF_8), "text/plain");

    assertThat(read.text()).hasSize(1024);
    assertThat(read.truncated()).isTrue();
    assertThat(read.note()).isEqualTo("Only the first 1 KB of the file were read.");
  }

  @Test
  void aPdfOverTheByteLimitIsNotReadAtAll() {
    byte[] pdf = Fixtures.pdf(List.of("A page of text."));
    var oneByteShort =
        new TextExtractor.Limits(DEFAULTS.maxChars(), 1, DEFAULTS.timeout(), pdf.length - 1);

    Extracted read = read(oneByteShort, pdf, PDF);

    assertThat(read.text()).isEmpty();
    assertThat(read.truncated()).isTrue();
    assertThat(read.note())
        .isEqualTo("The file is larger than " + (pdf.length - 1) + " bytes; nothing was read.");
  }

  @Test
  void aStreamThatFailsIsAnErrorNotAnEmptyFile() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        };

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new TextExtractor().extract(broken, "text/plain"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk gone");
  }

  /** A stream that gives a byte a second, as a stalled network share might. */
  private static final class SlowStream extends InputStream {
    @Override
    public int read() throws IOException {
      try {
        Thread.sleep(1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted");
      }
      return 'a';
    }
  }
}
