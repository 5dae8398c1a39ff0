package uk.attest.evidence;

import java.time.LocalDate;
import java.util.Collection;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.Method;
import uk.attest.shared.Checks;

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

  /** Evidence is of something that has happened. */
  static void notInFuture(Checks checks, String field, LocalDate date, LocalDate today) {
    checks.check(!date.isAfter(today), field, date + " is in the future");
  }

  /** The criteria the catalogue does not know, as written (a null one as "null"). */
  static java.util.List<String> unknown(Catalogue catalogue, Collection<String> criteria) {
    return criteria.stream()
        .filter(c -> c == null || catalogue.criterion(c).isEmpty())
        .map(String::valueOf)
        .toList();
  }
}
