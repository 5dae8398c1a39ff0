package uk.attest.suggestions.text;

import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF: the text layer, page by page up to the page limit, so a stop lands between pages at the
 * latest. A scan has pages but no text, and is told apart from an empty document.
 */
final class PdfText {
  static final String NO_TEXT_LAYER = "The PDF has no text layer (a scan?); nothing was read.";
  static final String PASSWORD = "The PDF is protected by a password; nothing was read.";

  private PdfText() {}

  static void read(byte[] bytes, TextSink sink, int maxPages) throws Exception {
    PDDocument document;
    try {
      document = Loader.loadPDF(new RandomAccessReadBuffer(bytes));
    } catch (InvalidPasswordException e) {
      sink.note(PASSWORD);
      return;
    }
    try (document) {
      int pages = document.getNumberOfPages();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= Math.min(pages, maxPages); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        sink.append(stripper.getText(document));
        sink.paragraph();
      }
      if (pages > maxPages) {
        sink.cut(String.format(Locale.UK, "Only the first %,d pages were read.", maxPages));
      }
      if (pages > 0 && sink.isEmpty()) {
        sink.note(NO_TEXT_LAYER);
      }
    }
  }
}
