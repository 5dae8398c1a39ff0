package uk.attest.suggestions.text;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * OpenDocument text and spreadsheets: content.xml read from the ZIP with StAX, DTDs and external
 * entities off. Paragraphs and table rows end lines; cells, and paragraphs within a cell, are
 * separated by spaces; deleted (tracked) text and comments are left out.
 */
final class OpenDocumentText {
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final Set<String> LEFT_OUT = Set.of("tracked-changes", "annotation");

  /** content.xml may not expand past this, whatever the ZIP says about it. */
  private static final long MAX_CONTENT_BYTES = 64L * 1024 * 1024;

  private static final XMLInputFactory XML = safeFactory();

  private OpenDocumentText() {}

  static void read(byte[] bytes, TextSink sink) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals("content.xml")) {
          readContent(new Bounded(zip, MAX_CONTENT_BYTES), sink);
          return;
        }
      }
    }
    throw new IOException("it has no content.xml");
  }

  private static void readContent(InputStream content, TextSink sink) throws Exception {
    XMLStreamReader xml = XML.createXMLStreamReader(content);
    try {
      boolean inBody = false;
      int leftOutDepth = 0;
      int cellDepth = 0;
      int paragraphDepth = 0;
      while (xml.hasNext()) {
        switch (xml.next()) {
          case XMLStreamConstants.START_ELEMENT -> {
            String ns = xml.getNamespaceURI();
            String name = xml.getLocalName();
            if (OFFICE.equals(ns) && name.equals("body")) {
              inBody = true;
            } else if (leftOutDepth > 0 || isLeftOut(ns, name)) {
              leftOutDepth++;
            } else if (TABLE.equals(ns) && name.equals("table-cell")) {
              cellDepth++;
            } else if (inBody && TEXT.equals(ns)) {
              switch (name) {
                case "p", "h" -> paragraphDepth++;
                case "s", "tab" -> sink.space();
                case "line-break" -> sink.paragraph();
                default -> {}
              }
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            String ns = xml.getNamespaceURI();
            String name = xml.getLocalName();
            if (leftOutDepth > 0) {
              leftOutDepth--;
            } else if (OFFICE.equals(ns) && name.equals("body")) {
              inBody = false;
            } else if (TEXT.equals(ns) && (name.equals("p") || name.equals("h"))) {
              paragraphDepth--;
              if (cellDepth > 0) {
                sink.space();
              } else {
                sink.paragraph();
              }
            } else if (TABLE.equals(ns) && name.equals("table-cell")) {
              cellDepth--;
              sink.space();
            } else if (TABLE.equals(ns) && name.equals("table-row")) {
              sink.paragraph();
            }
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            // Only text inside a paragraph counts, and a line break there is a space (as ODF
            // says); the whitespace that indents the XML between elements means nothing.
            if (inBody && leftOutDepth == 0 && paragraphDepth > 0) {
              sink.append(xml.getText().replace('\n', ' ').replace('\r', ' '));
            }
          }
          default -> {}
        }
      }
    } finally {
      xml.close();
    }
  }

  private static boolean isLeftOut(String ns, String name) {
    return (TEXT.equals(ns) || OFFICE.equals(ns)) && LEFT_OUT.contains(name);
  }

  private static XMLInputFactory safeFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    return factory;
  }

  /** Fails once more than the given number of bytes have come out of the inflater. */
  private static final class Bounded extends FilterInputStream {
    private final long max;
    private long read;

    Bounded(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    @Override
    public void close() {
      // the ZIP stream is closed by its owner
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > max) {
        throw new IOException("content.xml expands past " + max / (1024 * 1024) + " MB");
      }
    }
  }
}
