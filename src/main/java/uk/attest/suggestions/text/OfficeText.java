package uk.attest.suggestions.text;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.sl.extractor.SlideShowExtractor;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Word, PowerPoint and Excel files through POI. A workbook is streamed sheet by sheet, so a large
 * one stops at the character limit instead of being built in memory first.
 */
final class OfficeText {
  /**
   * No part of a document may expand past this, nor shrink to under 1% when compressed. Uploads are
   * checked for zip bombs before they are stored; this is the second fence, and it only ever
   * tightens POI's JVM-wide settings.
   */
  private static final long MAX_PART_BYTES = 64L * 1024 * 1024;

  private static final double MIN_INFLATE_RATIO = 0.01;

  static {
    ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_PART_BYTES));
    ZipSecureFile.setMinInflateRatio(
        Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
  }

  private OfficeText() {}

  static void word(byte[] bytes, TextSink sink) throws Exception {
    try (XWPFWordExtractor extractor =
        new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(bytes)))) {
      sink.append(extractor.getText());
    }
  }

  /** Each slide's text and then its notes, a slide at a time. */
  static void slides(byte[] bytes, TextSink sink) throws Exception {
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(bytes))) {
      SlideShowExtractor<XSLFShape, XSLFTextParagraph> extractor = new SlideShowExtractor<>(show);
      extractor.setSlidesByDefault(true);
      extractor.setNotesByDefault(true);
      for (XSLFSlide slide : show.getSlides()) {
        sink.append(extractor.getText(slide));
        sink.paragraph();
      }
    }
  }

  /** Every sheet's cells as they are shown (formatted), a row to a line. */
  static void workbook(byte[] bytes, TextSink sink) throws Exception {
    OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
    try {
      XSSFReader reader = new XSSFReader(pkg);
      reader.setUseReadOnlySharedStringsTable(true);
      var handler =
          new XSSFSheetXMLHandler(
              reader.getStylesTable(),
              reader.getSharedStringsTable(),
              new Rows(sink),
              new DataFormatter(Locale.UK),
              false);
      var sheets = reader.getSheetIterator();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          XMLReader xml = XMLHelper.newXMLReader();
          xml.setContentHandler(handler);
          xml.parse(new InputSource(sheet));
        }
        sink.paragraph();
      }
    } finally {
      pkg.revert();
    }
  }

  private record Rows(TextSink sink) implements XSSFSheetXMLHandler.SheetContentsHandler {
    @Override
    public void startRow(int row) {}

    @Override
    public void endRow(int row) {
      sink.paragraph();
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      if (formattedValue != null) {
        sink.append(formattedValue);
        sink.space();
      }
    }
  }
}
