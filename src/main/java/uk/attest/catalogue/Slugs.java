package uk.attest.catalogue;

import java.text.Normalizer;
import java.util.Locale;

/** Stable ids from names: "Strategic Thinking & Planning" becomes strategic-thinking-planning. */
public final class Slugs {
  private Slugs() {}

  public static String slug(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }
}
