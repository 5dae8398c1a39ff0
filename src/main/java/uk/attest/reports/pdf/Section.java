package uk.attest.reports.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import java.io.IOException;

/** One section of the portfolio, which starts on a new page and adds itself to the document. */
interface Section {
  void addTo(Document document) throws IOException, DocumentException;
}
