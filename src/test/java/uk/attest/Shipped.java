package uk.attest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import uk.attest.assessment.AssessmentEngine;
import uk.attest.assessment.BundleReader;
import uk.attest.assessment.EvidenceBundle;
import uk.attest.assessment.drools.DroolsRuleBook;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.CatalogueLoader;

/**
 * The shipped criteria/, rules/ and examples/, loaded once for the tests that need them: from the
 * working folder, or from the checkout the system property {@code attest.checkout} names when it is
 * set before this class is first used (so a benchmark can load two checkouts side by side).
 */
public final class Shipped {
  public static final Path CHECKOUT = Path.of(System.getProperty("attest.checkout", ""));
  public static final LocalDate ASSESSED_ON = LocalDate.of(2026, 11, 20);
  public static final Catalogue CATALOGUE = CatalogueLoader.load(CHECKOUT.resolve("criteria"));
  public static final DroolsRuleBook RULES = DroolsRuleBook.load(CHECKOUT.resolve("rules"));
  public static final AssessmentEngine ENGINE = new AssessmentEngine(CATALOGUE, RULES);

  private Shipped() {}

  public static String text(String path) {
    try {
      return Files.readString(CHECKOUT.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static EvidenceBundle bundle(String path) {
    return BundleReader.read(text(path), CATALOGUE, ASSESSED_ON);
  }
}
