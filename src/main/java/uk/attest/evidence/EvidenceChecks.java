package uk.attest.evidence;

import java.time.LocalDate;
import java.util.Collection;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.Method;
import uk.attest.shared.Checks;
import uk.attest.shared.Limits;

/** The checks an evidence item passes however it arrives, worded the same for every client. */
final class EvidenceChecks {
  private EvidenceChecks() {}

  /** The method named, or null with an error listing the methods. */
  static Method method(Checks checks, String field, String text) {
    Method method = Method.parse(text.strip()).orElse(null);
    checks.check(
        method != null, field, "unknown method '" + text + "'; methods are " + Method.names());
    return method;
  }

  /**
   * Evidence is of something that has happened, and since 1970: a required date, or null with an
   * error.
   */
  static LocalDate activityDate(Checks checks, String field, LocalDate date, LocalDate today) {
    if (date != null && date.isAfter(today)) {
      checks.add(field, date + " is in the future");
      return null;
    }
    return checks.date(field, date, Limits.EARLIEST_ACTIVITY, today);
  }

  /** The criteria the catalogue does not know, as written (a null one as "null"). */
  static java.util.List<String> unknown(Catalogue catalogue, Collection<String> criteria) {
    return criteria.stream()
        .filter(c -> c == null || catalogue.criterion(c).isEmpty())
        .map(String::valueOf)
        .toList();
  }
}
