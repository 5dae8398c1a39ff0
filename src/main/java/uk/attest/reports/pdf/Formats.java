package uk.attest.reports.pdf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How values read in the portfolio: a dash for anything missing, UK dates, codes as words. */
final class Formats {
  private Formats() {}

  static final String NONE = "—";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  static String text(String s) {
    return s == null || s.isBlank() ? NONE : s;
  }

  static String date(LocalDate d) {
    return d == null ? NONE : DATE.format(d);
  }

  /** NOT_READY → "Not ready", WITNESS_TESTIMONY → "Witness testimony". */
  static String words(String code) {
    if (code == null || code.isBlank()) {
      return NONE;
    }
    String s = code.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String percent(double fraction) {
    return Math.round(fraction * 100) + "%";
  }
}
