package uk.attest.suggestions.text;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Evidence files made on the spot, so each test shows exactly what it reads. */
final class Fixtures {
  static final String PDF = "application/pdf";
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String PPTX =
      "application/vnd.openxmlformats-officedocument.presentationml.presentation";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String ODT = "application/vnd.oasis.opendocument.text";
  static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

  private Fixtures() {}

  /** A PDF with one page per string, each a paragraph of real text. */
  static byte[] pdf(List<String> pages) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document();
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.open();
    for (int i = 0; i < pages.size(); i++) {
      if (i > 0) {
        document.newPage();
      }
      document.add(new Paragraph(pages.get(i)));
    }
    document.close();
    writer.close();
    return out.toByteArray();
  }

  /** A PDF whose only page is a drawn grey box: what a scan looks like to a text reader. */
  static byte[] scannedPdf() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document();
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.open();
    var canvas = writer.getDirectContent();
    canvas.setGrayFill(0.5f);
    canvas.rectangle(72, 72, 300, 400);
    canvas.fill();
    document.close();
    return out.toByteArray();
  }

  /** An OpenDocument file: the mimetype stored first, then the given content.xml. */
  static byte[] openDocument(String mimetype, String contentXml) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
      ZipEntry entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(type.length);
      CRC32 crc = new CRC32();
      crc.update(type);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(type);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(contentXml.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /** content.xml with the ODF namespaces declared and the given office:body inside. */
  static String content(String body) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content
            xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">
        <office:automatic-styles/>
        <office:body>%s</office:body>
        </office:document-content>
        """
        .formatted(body)
        .strip();
  }
}
