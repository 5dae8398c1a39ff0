package uk.attest.assessment.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.attest.assessment.facts.AcResult;
import uk.attest.assessment.facts.Outcome;
import uk.attest.assessment.facts.UnitFact;
import uk.attest.assessment.facts.UnitResult;

/**
 * Handbook, units: all assessment criteria of a unit must be met for it to be achieved; its
 * coverage is the share of its assessment criteria met.
 */
class UnitRulesTest {

  private static final UnitFact U1 = new UnitFact("U1", "M", 8, 5, 2);

  private static AcResult ac(String id, String unitId, Outcome outcome) {
    return new AcResult(id, unitId, outcome, "TEST", "given", Set.of(), 2.5);
  }

  @Test
  void aUnitIsAchievedWhenAllItsAssessmentCriteriaAreMet() {
    var out = Judge.run(U1, ac("U1/1.1", "U1", Outcome.MET), ac("U1/1.2", "U1", Outcome.MET));

    UnitResult r = out.one(UnitResult.class);
    assertThat(r)
        .isEqualTo(
            new UnitResult(
                "U1",
                "M",
                8,
                5,
                true,
                2,
                2,
                "UNIT-01",
                "Achieved: all 2 assessment criteria are met."));
    assertThat(r.coverage()).isEqualTo(1.0);
    assertThat(r.weightedCredit()).isEqualTo(8.0);
  }

  @Test
  void aUnitWithOneAssessmentCriterionPartlyMetIsNotAchieved() {
    var out = Judge.run(U1, ac("U1/1.1", "U1", Outcome.MET), ac("U1/1.2", "U1", Outcome.PARTIAL));

    UnitResult r = out.one(UnitResult.class);
    assertThat(r.achieved()).isFalse();
    assertThat(r.rule()).isNotEqualTo("UNIT-01").isEqualTo("UNIT-02");
  }

  @Test
  void aUnitWithAnAssessmentCriterionNotYetMetIsNotAchieved() {
    var out =
        Judge.run(U1, ac("U1/1.1", "U1", Outcome.MET), ac("U1/1.2", "U1", Outcome.NOT_STARTED));

    UnitResult r = out.one(UnitResult.class);
    assertThat(r.achieved()).isFalse();
    assertThat(r.rule()).isEqualTo("UNIT-02");
    assertThat(r.met()).isEqualTo(1);
    assertThat(r.total()).isEqualTo(2);
    assertThat(r.reason()).isEqualTo("Not yet achieved: 1 of 2 assessment criteria met (50%).");
    // Coverage 1 ÷ 2 of an 8-credit unit adds 4 credits to the readiness score.
    assertThat(r.coverage()).isEqualTo(0.5);
    assertThat(r.weightedCredit()).isEqualTo(4.0);
  }

  @Test
  void aUnitWithNoAssessmentCriterionMetHasNoCoverage() {
    var unit = new UnitFact("U2", "A", 6, 4, 3);
    var out =
        Judge.run(
            unit,
            ac("U2/1.1", "U2", Outcome.NOT_MET),
            ac("U2/1.2", "U2", Outcome.PARTIAL),
            ac("U2/1.3", "U2", Outcome.NOT_STARTED));

    UnitResult r = out.one(UnitResult.class);
    assertThat(r.rule()).isEqualTo("UNIT-02");
    assertThat(r.reason()).isEqualTo("Not yet achieved: 0 of 3 assessment criteria met (0%).");
    assertThat(r.coverage()).isZero();
  }

  @Test
  void coverageIsRoundedToAWholePercentInTheReason() {
    var unit = new UnitFact("U2", "A", 6, 4, 3);
    var out =
        Judge.run(
            unit,
            ac("U2/1.1", "U2", Outcome.MET),
            ac("U2/1.2", "U2", Outcome.MET),
            ac("U2/1.3", "U2", Outcome.PARTIAL));

    assertThat(out.one(UnitResult.class).reason())
        .isEqualTo("Not yet achieved: 2 of 3 assessment criteria met (67%).");
  }

  @Test
  void aUnitIsNotJudgedUntilEveryAssessmentCriterionHasAnOutcome() {
    var out = Judge.run(U1, ac("U1/1.1", "U1", Outcome.PARTIAL));

    assertThat(out.all(UnitResult.class)).isEmpty();
  }

  @Test
  void assessmentCriteriaOfAnotherUnitDoNotCount() {
    var out =
        Judge.run(
            U1,
            ac("U1/1.1", "U1", Outcome.MET),
            ac("U1/1.2", "U1", Outcome.NOT_MET),
            ac("U2/1.1", "U2", Outcome.MET));

    UnitResult r = out.one(UnitResult.class);
    assertThat(r.rule()).isEqualTo("UNIT-02");
    assertThat(r.met()).isEqualTo(1);
  }
}
