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

/** The shipped criteria/, rules/ and examples/, loaded once for the tests that need them. */
public final class Shipped {
  public static final LocalDate ASSESSED_ON = LocalDate.of(2026, 11, 20);
  public static final Catalogue CATALOGUE = CatalogueLoader.load(Path.of("criteria"));
  public static final DroolsRuleBook RULES = DroolsRuleBook.load(Path.of("rules"));
  public static final AssessmentEngine ENGINE = new AssessmentEngine(CATALOGUE, RULES);

  private Shipped() {}

  public static String text(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static EvidenceBundle bundle(String path) {
    return BundleReader.read(text(path), CATALOGUE, ASSESSED_ON);
  }
}
