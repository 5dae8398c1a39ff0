package uk.attest.reports;

import com.lowagie.text.DocumentException;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import uk.attest.reports.pdf.Colours;
import uk.attest.reports.pdf.PortfolioDocument;

/**
 * A learner's portfolio as an archival PDF (PDF/A-1b): cover, competency matrix, every criterion
 * with the reasons and evidence behind it, the evidence index with file hashes, progression and
 * gaps, the learner's entries in the audit trail, and the declarations. Every glyph comes from the
 * fonts in reports/, embedded, so Welsh and Irish names (ŵ, ŷ, ï, Ó) survive; the built-in PDF
 * fonts would silently drop them. The sections themselves are in {@link uk.attest.reports.pdf}.
 */
public final class PortfolioPdf {
  private PortfolioPdf() {}

  /** How much of an audit entry's hash is shown: enough to find it, short enough to read. */
  static final int HASH_PREFIX = PortfolioDocument.HASH_PREFIX;

  /** Writes the portfolio to {@code out}, which stays open. */
  public static void write(Portfolio portfolio, ReportAssets assets, OutputStream out) {
    try {
      PortfolioDocument.write(portfolio, assets, out);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the portfolio PDF of " + portfolio.learnerId() + ": " + e.getMessage(), e);
    } catch (DocumentException e) {
      throw new IllegalStateException(
          "cannot write the portfolio PDF of " + portfolio.learnerId() + ": " + e.getMessage(), e);
    }
  }

  /** Black or white text, whichever contrasts more with the background (WCAG luminance). */
  static Color onColour(Color bg) {
    return Colours.onColour(bg);
  }
}
