package uk.attest.assessment.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.attest.assessment.drools.CombinationRulesTest.achieved;
import static uk.attest.assessment.drools.CombinationRulesTest.partly;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.attest.assessment.facts.CombinationCheck;
import uk.attest.assessment.facts.GroupFact;
import uk.attest.assessment.facts.QualificationFact;
import uk.attest.assessment.facts.Readiness;

/**
 * Handbook, qualification readiness: READY (100) only when every rule of combination holds with
 * achieved units; otherwise the credit-weighted coverage of the units that best satisfy the rules
 * over the credits required, rounded down and at most 99.
 */
class ReadinessRulesTest {

  /** Level 5: 30 credits, 20 of them at level 5 or above, from two groups. */
  private static final QualificationFact Q = new QualificationFact("601/0110/6", 5, 30, 20, 2);

  private static final GroupFact M =
      new GroupFact("M", "Mandatory units", true, 0, Integer.MAX_VALUE, List.of("M1", "M2"));
  private static final GroupFact A =
      new GroupFact("A", "Optional units", false, 10, 16, List.of("A1", "A2", "A3"));

  @Test
  void aLearnerIsReadyWhenEveryRuleOfCombinationHolds() {
    // M: 14 credits, all achieved. A: A1 + A2 = 16 achieved (A3 not needed). Total 30; all at level
    // 5.
    var out =
        Judge.run(
            Q,
            M,
            A,
            achieved("M1", "M", 8, 5),
            achieved("M2", "M", 6, 5),
            achieved("A1", "A", 8, 5),
            achieved("A2", "A", 8, 5),
            partly("A3", "A", 6, 5, 0, 3));

    assertThat(out.all(CombinationCheck.class)).hasSize(4).allMatch(CombinationCheck::passed);
    assertThat(out.one(Readiness.class))
        .isEqualTo(
            new Readiness(
                100,
                true,
                "RDY-01",
                "Ready: every rule of combination of 601/0110/6 holds with achieved units."));
  }

  @Test
  void oneMandatoryUnitShortOfAchievedIsNotReady() {
    // As above, but M2 has 3 of its 4 criteria met: M 8 + 6 × 3/4 = 12.5, A 16; 28.5 of 30 = 95.
    var out =
        Judge.run(
            Q,
            M,
            A,
            achieved("M1", "M", 8, 5),
            partly("M2", "M", 6, 5, 3, 4),
            achieved("A1", "A", 8, 5),
            achieved("A2", "A", 8, 5),
            partly("A3", "A", 6, 5, 0, 3));

    Readiness r = out.one(Readiness.class);
    assertThat(r.ready()).isFalse();
    assertThat(r.rule()).isNotEqualTo("RDY-01").isEqualTo("RDY-02");
    assertThat(r.score()).isEqualTo(95);
    assertThat(r.reason()).contains("Mandatory group M still needs M2.");
  }

  @Test
  void aLearnerNotYetReadyScoresTheCreditWeightedCoverageOfTheirBestUnits() {
    // Worked example (all units level 5; 30 credits required):
    //   group M (mandatory): M1 8 credits achieved           8 × 1   = 8.0
    //                        M2 6 credits, 1 of 2 met        6 × 1/2 = 3.0
    //   group A (max 16):    A1 8 credits, 1 of 2 met        8 × 1/2 = 4.0
    //                        A2 8 credits achieved           8 × 1   = 8.0
    //                        A3 6 credits, 1 of 3 met        6 × 1/3 = 2.0, left out: A1 + A2 fill
    // the 16 credits
    //                                                                         with 12.0, more than
    // A2 + A3 (10.0)
    //   Σ credit × coverage = 8 + 3 + 4 + 8 = 23.0; score = floor(100 × 23 ÷ 30) = floor(76.7) =
    // 76.
    var out =
        Judge.run(
            Q,
            M,
            A,
            achieved("M1", "M", 8, 5),
            partly("M2", "M", 6, 5, 1, 2),
            partly("A1", "A", 8, 5, 1, 2),
            achieved("A2", "A", 8, 5),
            partly("A3", "A", 6, 5, 1, 3));

    Readiness r = out.one(Readiness.class);
    assertThat(r.ready()).isFalse();
    assertThat(r.rule()).isEqualTo("RDY-02");
    assertThat(r.score()).isEqualTo(76);
    assertThat(r.reason())
        .isEqualTo(
            "Not ready: 23.0 of 30 credits covered by the best choice of units. Still to do:"
                + " Mandatory group M still needs M2."
                + " Group A (Optional units) needs 2 more credits from achieved units (8 of 10)."
                + " 14 more credits are needed from achieved units (16 of 30)."
                + " 4 more credits are needed from achieved units at level 5 or above (16 of 20).");
  }

  @Test
  void theScoreIsAtMost99WhileARuleOfCombinationFails() {
    // Every unit achieved, 26 credits weighted against 20 required (130%), but group A is short of
    // its 8-credit minimum, so the learner is not ready and scores 99, not 100.
    var q = new QualificationFact("603/0001/X", 5, 20, 10, 3);
    var m = new GroupFact("M", "Mandatory units", true, 0, Integer.MAX_VALUE, List.of("M1"));
    var a = new GroupFact("A", "Optional units", false, 8, 20, List.of("A1"));
    var b = new GroupFact("B", "Further optional units", false, 0, 20, List.of("B1"));
    var out =
        Judge.run(
            q,
            m,
            a,
            b,
            achieved("M1", "M", 10, 5),
            achieved("A1", "A", 6, 5),
            achieved("B1", "B", 10, 5));

    assertThat(out.all(CombinationCheck.class, c -> !c.passed()))
        .extracting(CombinationCheck::rule)
        .containsExactly("ROC-04");
    Readiness r = out.one(Readiness.class);
    assertThat(r.ready()).isFalse();
    assertThat(r.rule()).isEqualTo("RDY-02");
    assertThat(r.score()).isEqualTo(99);
    assertThat(r.reason())
        .isEqualTo(
            "Not ready: 26.0 of 20 credits covered by the best choice of units. Still to do:"
                + " Group A (Optional units) needs 2 more credits from achieved units (6 of 8).");
  }

  @Test
  void aLearnerWithNothingAchievedScoresNothing() {
    var out =
        Judge.run(
            Q,
            M,
            A,
            partly("M1", "M", 8, 5, 0, 4),
            partly("M2", "M", 6, 5, 0, 2),
            partly("A1", "A", 8, 5, 0, 2),
            partly("A2", "A", 8, 5, 0, 2),
            partly("A3", "A", 6, 5, 0, 3));

    Readiness r = out.one(Readiness.class);
    assertThat(r.rule()).isEqualTo("RDY-02");
    assertThat(r.score()).isZero();
    assertThat(r.reason())
        .startsWith("Not ready: 0.0 of 30 credits covered by the best choice of units.");
  }

  @Test
  void readinessWaitsUntilEveryUnitOfEveryGroupHasBeenJudged() {
    var out =
        Judge.run(
            Q,
            M,
            A,
            achieved("M1", "M", 8, 5),
            achieved("M2", "M", 6, 5),
            achieved("A1", "A", 8, 5),
            achieved("A2", "A", 8, 5));

    assertThat(out.all(Readiness.class)).isEmpty();
  }

  @Test
  void aLearnerWithTooFewCreditsAtTheQualificationsLevelIsNotReady() {
    var out =
        Judge.run(
            Q,
            M,
            A,
            achieved("M1", "M", 8, 5),
            achieved("M2", "M", 6, 4),
            achieved("A1", "A", 8, 4),
            achieved("A2", "A", 8, 4),
            partly("A3", "A", 6, 5, 0, 3));

    Readiness r = out.one(Readiness.class);
    assertThat(r.rule()).isEqualTo("RDY-02");
    assertThat(r.ready()).isFalse();
    assertThat(r.score()).isEqualTo(99);
    assertThat(r.reason())
        .contains("12 more credits are needed from achieved units at level 5 or above (8 of 20).");
  }
}
