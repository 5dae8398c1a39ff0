package uk.attest.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one place request text, lists and dates are checked, and the words each refusal uses. */
class ChecksTest {
  private static List<String> errors(Checks checks) {
    try {
      checks.done();
      return List.of();
    } catch (InvalidInputException e) {
      return e.errors().stream().map(x -> x.field() + ": " + x.message()).toList();
    }
  }

  @Test
  void aNulIsRefusedInAnyTextAndNamesItsField() {
    Checks checks = new Checks();
    checks.text("title", "A\u0000B", 300);
    checks.optionalText("witness.role", "Manager\u0000", 200);
    checks.freeText("description", "Line\u0000", 20_000, false);
    assertThat(errors(checks))
        .containsExactly(
            "title: must not contain control characters (U+0000); it is one line of text",
            "witness.role: must not contain control characters (U+0000); it is one line of text",
            "description: must not contain control characters (U+0000)");
  }

  @Test
  void tabsAndLineBreaksAreForFreeTextOnly() {
    Checks checks = new Checks();
    assertThat(checks.freeText("feedback", "First.\n\tSecond.\r\n", 100, true))
        .isEqualTo("First.\n\tSecond.");
    assertThat(checks.ok()).isTrue();
    checks.text("title", "Two\nlines", 300);
    assertThat(errors(checks))
        .containsExactly(
            "title: must not contain control characters (U+000A); it is one line of text");
  }

  @Test
  void halfASurrogatePairIsRefusedAndAWholeOneKept() {
    Checks checks = new Checks();
    assertThat(checks.text("name", "Emoji \uD83D\uDE00", 200)).isEqualTo("Emoji \uD83D\uDE00");
    checks.text("name", "Half \uD83D", 200);
    assertThat(errors(checks)).containsExactly("name: must not contain a lone surrogate (U+D83D)");
  }

  @Test
  void textOverItsMaximumIsRefusedAndAtItsMaximumKept() {
    Checks checks = new Checks();
    assertThat(checks.text("title", "x".repeat(300), 300)).hasSize(300);
    assertThat(checks.text("title", "x".repeat(301), 300)).isNull();
    assertThat(errors(checks)).containsExactly("title: must be at most 300 characters");
  }

  @Test
  void aListNamesEachWrongItemAndRefusesNulls() {
    Checks checks = new Checks();
    List<String> ids = checks.ids("criteria", Arrays.asList("A.K1", null, " A.K2 "), 10, 120);
    assertThat(ids).containsExactly("A.K1", "A.K2");
    assertThat(errors(checks)).containsExactly("criteria[1]: is required");
  }

  @Test
  void aListLongerThanItsMaximumIsRefused() {
    Checks checks = new Checks();
    checks.ids("criteria", List.of("a", "b", "c"), 2, 120);
    assertThat(errors(checks)).containsExactly("criteria: must hold at most 2 items");
  }

  @Test
  void aDateOutsideItsWindowIsRefusedSayingWhichEnd() {
    Checks checks = new Checks();
    LocalDate today = LocalDate.of(2026, 12, 5);
    checks.date("activityDate", LocalDate.of(1, 1, 1), Limits.EARLIEST_ACTIVITY, today);
    checks.date("startDate", LocalDate.of(2999, 1, 1), Limits.EARLIEST_ACTIVITY, today);
    assertThat(checks.date("day", today, Limits.EARLIEST_ACTIVITY, today)).isEqualTo(today);
    assertThat(errors(checks))
        .containsExactly(
            "activityDate: 0001-01-01 is before 1970-01-01, the earliest allowed",
            "startDate: 2999-01-01 is after 2026-12-05, the latest allowed");
  }

  @Test
  void everyErrorIsReportedAtOnce() {
    Checks checks = new Checks();
    checks.text("title", null, 300);
    checks.secret("password", "p\u0000ss", 200);
    assertThatThrownBy(checks::done)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("2 fields are not valid");
  }

  @Test
  void textKeptButNeverRefusedHasItsControlCharactersReplacedAndIsCut() {
    assertThat(Text.storable("admin\u0000", 200)).isEqualTo("admin\uFFFD");
    assertThat(Text.storable("half \uD83D", 200)).isEqualTo("half \uFFFD");
    assertThat(Text.storable("x".repeat(5000), 200)).hasSize(200);
    assertThat(Text.storable("ok \uD83D\uDE00", 4)).isEqualTo("ok ");
  }
}
