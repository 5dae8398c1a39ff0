package uk.attest.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reasons read with titles and names where the rules wrote ids. */
class NamesTest {
  private final Names names =
      Names.of(
          Map.of(
              "evd_1", "'Quarterly margin bridge'",
              "evd_12", "'Trading review'",
              "asr_demo", "Gwenllïan Hughes"));

  @Test
  void evidenceIdsBecomeTitlesAndAssessorIdsNames() {
    assertThat(names.in("evd_1 was referred back by assessor asr_demo."))
        .isEqualTo("'Quarterly margin bridge' was referred back by assessor Gwenllïan Hughes.");
  }

  @Test
  void anIdThatBeginsAnotherIsNotMistakenForIt() {
    assertThat(names.in("evd_12 and evd_1 count towards ATTECL03.P1."))
        .isEqualTo("'Trading review' and 'Quarterly margin bridge' count towards ATTECL03.P1.");
  }

  @Test
  void anIdInsideAnotherWordIsLeftAlone() {
    assertThat(names.in("evd_1x and xevd_1 are not ids here"))
        .isEqualTo("evd_1x and xevd_1 are not ids here");
  }

  @Test
  void anIdThatIsPartOfALongerCodeIsLeftAlone() {
    Names units = Names.of(Map.of("U502", "Manage the P&L"));
    assertThat(units.in("Group M still needs U502; U502/2.1 is partly met."))
        .isEqualTo("Group M still needs Manage the P&L; U502/2.1 is partly met.");
  }

  @Test
  void unknownIdsAndNoNamesLeaveTheMessageAsItIs() {
    assertThat(names.in("evd_9 is current")).isEqualTo("evd_9 is current");
    assertThat(Names.none().in("evd_1 is current")).isEqualTo("evd_1 is current");
    assertThat(names.of("evd_9")).isEqualTo("evd_9");
  }
}
