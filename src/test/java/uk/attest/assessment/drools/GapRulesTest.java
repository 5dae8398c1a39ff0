package uk.attest.assessment.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.attest.assessment.drools.Judge.evidence;
import static uk.attest.assessment.drools.Judge.performance;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.attest.assessment.facts.CompetencyCriterion;
import uk.attest.assessment.facts.CompetencyEvidence;
import uk.attest.assessment.facts.CompetencyFact;
import uk.attest.assessment.facts.Gap;

/**
 * Handbook, skills gap: per competency of the learner's current and next role, the required
 * proficiency minus the proficiency demonstrated (the heat map).
 */
class GapRulesTest {

  private static final CompetencyFact DATA =
      new CompetencyFact(
          "DDC-L6", "C1", "Data-driven decision making", 4, "Expert", Set.of("N1.P1"));

  private static CompetencyEvidence shown(String evidenceId, int proficiency) {
    return new CompetencyEvidence("DDC-L6", "C1", evidenceId, proficiency);
  }

  @Test
  void aCompetencyDemonstratedBelowItsRequiredProficiencyIsAGap() {
    var out = Judge.run(DATA, shown("E1", 3));

    Gap g = out.one(Gap.class);
    assertThat(g)
        .isEqualTo(
            new Gap(
                "DDC-L6",
                "C1",
                4,
                3,
                "GAP-01",
                "Data-driven decision making needs Expert; shown: Advanced (gap 1)."));
    assertThat(g.size()).isEqualTo(1);
  }

  @Test
  void aCompetencyWithNoEvidenceIsAGapOfTheWholeRequiredProficiency() {
    var out = Judge.run(DATA);

    Gap g = out.one(Gap.class);
    assertThat(g.rule()).isEqualTo("GAP-01");
    assertThat(g.reason())
        .isEqualTo("Data-driven decision making needs Expert; shown: none (gap 4).");
    assertThat(g.size()).isEqualTo(4);
  }

  @Test
  void aCompetencyDemonstratedAtExactlyItsRequiredProficiencyHasNoGap() {
    var out = Judge.run(DATA, shown("E1", 4));

    Gap g = out.one(Gap.class);
    assertThat(g.rule()).isNotEqualTo("GAP-01").isEqualTo("GAP-02");
    assertThat(g.reason()).isEqualTo("Data-driven decision making: Expert shown, meeting Expert.");
    assertThat(g.size()).isZero();
  }

  @Test
  void aCompetencyDemonstratedAboveItsRequiredProficiencyHasNoGap() {
    var out = Judge.run(DATA, shown("E1", 5));

    Gap g = out.one(Gap.class);
    assertThat(g.rule()).isEqualTo("GAP-02");
    assertThat(g.reason())
        .isEqualTo("Data-driven decision making: Strategic shown, meeting Expert.");
    assertThat(g.size()).isZero();
  }

  @Test
  void aCompetencyOneStepShortOfItsRequiredProficiencyIsStillAGap() {
    var out = Judge.run(DATA, shown("E1", 3), shown("E2", 2));

    assertThat(out.one(Gap.class).rule()).isNotEqualTo("GAP-02").isEqualTo("GAP-01");
  }

  @Test
  void oneItemIsMeasuredAgainstTheCurrentAndTheNextRole() {
    // N1.P1 evidences C1 of both roles: Advanced meets the current role, and is a gap of one for
    // the next.
    var current =
        new CompetencyFact(
            "HEC-L5", "C1", "Data-driven decision making", 3, "Advanced", Set.of("N1.P1"));
    var out =
        Judge.run(
            current,
            DATA,
            new CompetencyCriterion("HEC-L5", "C1", "N1.P1"),
            new CompetencyCriterion("DDC-L6", "C1", "N1.P1"),
            evidence("E1").claims(performance("N1.P1")));

    assertThat(out.one(Gap.class, g -> g.roleId().equals("HEC-L5")).rule()).isEqualTo("GAP-02");
    Gap next = out.one(Gap.class, g -> g.roleId().equals("DDC-L6"));
    assertThat(next.rule()).isEqualTo("GAP-01");
    assertThat(next.size()).isEqualTo(1);
  }
}
