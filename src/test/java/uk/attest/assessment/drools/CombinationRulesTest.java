package uk.attest.assessment.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.attest.assessment.facts.CombinationCheck;
import uk.attest.assessment.facts.GroupFact;
import uk.attest.assessment.facts.GroupStanding;
import uk.attest.assessment.facts.QualificationFact;
import uk.attest.assessment.facts.SelectedUnit;
import uk.attest.assessment.facts.UnitResult;

/**
 * Handbook, rules of combination: every mandatory unit, each optional group's minimum credits
 * (credits beyond its maximum do not count), the total credits and the credits at or above the
 * qualification's level, all from achieved units.
 */
class CombinationRulesTest {

  /** Level 5: 30 credits, 20 of them at level 5 or above, from two groups. */
  private static final QualificationFact Q = new QualificationFact("601/0110/6", 5, 30, 20, 2);

  private static final GroupFact M =
      new GroupFact("M", "Mandatory units", true, 0, Integer.MAX_VALUE, List.of("M1", "M2"));

  private static GroupFact optional(int minimum, int maximum, String... units) {
    return new GroupFact("A", "Optional units", false, minimum, maximum, List.of(units));
  }

  static UnitResult achieved(String id, String group, int credit, int level) {
    return new UnitResult(
        id,
        group,
        credit,
        level,
        true,
        4,
        4,
        "UNIT-01",
        "Achieved: all 4 assessment criteria are met.");
  }

  static UnitResult partly(String id, String group, int credit, int level, int met, int total) {
    return new UnitResult(
        id, group, credit, level, false, met, total, "UNIT-02", "Not yet achieved.");
  }

  private static Judge.Output run(Object... facts) {
    List<Object> all = new ArrayList<>(List.of(Q));
    all.addAll(List.of(facts));
    return Judge.run(all.toArray());
  }

  private static List<String> selected(Judge.Output out) {
    return out.all(SelectedUnit.class).stream().map(SelectedUnit::unitId).sorted().toList();
  }

  @Test
  void aMandatoryGroupAddsUpAllItsUnitsAndNamesThoseNotYetAchieved() {
    var out = run(M, achieved("M1", "M", 8, 5), partly("M2", "M", 6, 4, 1, 3));

    GroupStanding s = out.one(GroupStanding.class);
    assertThat(s.groupId()).as("ROC-00").isEqualTo("M");
    assertThat(s.mandatory()).isTrue();
    assertThat(s.achievedCredits()).isEqualTo(8);
    assertThat(s.countedCredits()).isEqualTo(8);
    assertThat(s.countedAtOrAboveLevel()).isEqualTo(8);
    // 8 × 1 + 6 × 1/3
    assertThat(s.weightedCoverage()).isCloseTo(10.0, within(1e-9));
    assertThat(s.selectedUnitIds()).containsExactly("M1", "M2");
    assertThat(s.missing()).containsExactly("M2");
    assertThat(selected(out)).containsExactly("M1", "M2");
  }

  @Test
  void creditsBeyondAnOptionalGroupsMaximumDoNotCount() {
    var out =
        run(
            optional(10, 12, "A1", "A2", "A3"),
            achieved("A1", "A", 8, 5),
            achieved("A2", "A", 6, 5),
            achieved("A3", "A", 4, 4));

    GroupStanding s = out.one(GroupStanding.class);
    assertThat(s.mandatory()).as("ROC-00").isFalse();
    assertThat(s.achievedCredits()).isEqualTo(18);
    assertThat(s.countedCredits()).isEqualTo(12);
    assertThat(s.countedAtOrAboveLevel()).isEqualTo(12);
    // The best whole units within 12 credits: A1 + A3 (12 credits), not A1 + A2 (14).
    assertThat(s.selectedUnitIds()).containsExactly("A1", "A3");
    assertThat(s.weightedCoverage()).isCloseTo(12.0, within(1e-9));
    assertThat(s.missing()).isEmpty();
  }

  @Test
  void theBestChoiceOfOptionalUnitsHasTheMostCreditWeightedCoverageWithinTheMaximum() {
    // Within 8 credits: A1 alone is 8 × 1/2 = 4.0; A2 + A3 is 6 × 1 + 2 × 1/2 = 7.0.
    var out =
        run(
            optional(6, 8, "A1", "A2", "A3"),
            partly("A1", "A", 8, 5, 2, 4),
            achieved("A2", "A", 6, 5),
            partly("A3", "A", 2, 5, 1, 2));

    GroupStanding s = out.one(GroupStanding.class);
    assertThat(s.selectedUnitIds()).as("ROC-00").containsExactly("A2", "A3");
    assertThat(s.weightedCoverage()).isCloseTo(7.0, within(1e-9));
    assertThat(selected(out)).containsExactly("A2", "A3");
  }

  @Test
  void betweenEquallyGoodChoicesTheOneWithFewerCreditsIsSelected() {
    // A1: 8 × 1/2 = 4.0 over 8 credits; A2: 4 × 1 = 4.0 over 4 credits.
    var out =
        run(optional(4, 8, "A1", "A2"), partly("A1", "A", 8, 5, 1, 2), achieved("A2", "A", 4, 5));

    assertThat(out.one(GroupStanding.class).selectedUnitIds()).as("ROC-00").containsExactly("A2");
    assertThat(selected(out)).containsExactly("A2");
  }

  @Test
  void aGroupIsNotAddedUpUntilEveryUnitInItHasAResult() {
    var out =
        run(
            optional(10, 12, "A1", "A2", "A3"),
            achieved("A1", "A", 8, 5),
            achieved("A2", "A", 6, 5),
            achieved("B1", "B", 4, 4));

    assertThat(out.all(GroupStanding.class)).as("ROC-00").isEmpty();
    assertThat(out.all(SelectedUnit.class)).isEmpty();
    assertThat(out.all(CombinationCheck.class)).isEmpty();
  }

  @Test
  void aMandatoryGroupHoldsWhenEveryUnitInItIsAchieved() {
    var out = run(M, achieved("M1", "M", 8, 5), achieved("M2", "M", 6, 4));

    assertThat(out.one(CombinationCheck.class))
        .isEqualTo(
            new CombinationCheck(
                "group M",
                true,
                "ROC-01",
                "All mandatory units of group M (Mandatory units) are achieved."));
  }

  @Test
  void aMandatoryGroupFailsWhileAnyUnitInItIsNotAchieved() {
    var out = run(M, achieved("M1", "M", 8, 5), partly("M2", "M", 6, 4, 3, 4));

    assertThat(out.one(CombinationCheck.class))
        .isEqualTo(
            new CombinationCheck("group M", false, "ROC-02", "Mandatory group M still needs M2."));
  }

  @Test
  void aMandatoryGroupWithNoUnitAchievedNamesEveryUnitStillNeeded() {
    var out = run(M, partly("M1", "M", 8, 5, 0, 4), partly("M2", "M", 6, 4, 3, 4));

    CombinationCheck c = out.one(CombinationCheck.class);
    assertThat(c.rule()).isEqualTo("ROC-02");
    assertThat(c.reason()).isEqualTo("Mandatory group M still needs M1, M2.");
  }

  @Test
  void anOptionalGroupHoldsWhenAchievedUnitsReachItsMinimumCredits() {
    var out =
        run(
            optional(10, 12, "A1", "A2", "A3"),
            achieved("A1", "A", 8, 5),
            partly("A2", "A", 6, 5, 1, 3),
            achieved("A3", "A", 4, 4));

    assertThat(out.one(CombinationCheck.class))
        .isEqualTo(
            new CombinationCheck(
                "group A",
                true,
                "ROC-03",
                "Group A has 12 credits from achieved units (10 needed)."));
  }

  @Test
  void anOptionalGroupHoldsAtExactlyItsMinimumCredits() {
    var out =
        run(
            optional(10, 12, "A1", "A2", "A3"),
            partly("A1", "A", 8, 5, 1, 3),
            achieved("A2", "A", 6, 5),
            achieved("A3", "A", 4, 4));

    CombinationCheck c = out.one(CombinationCheck.class);
    assertThat(c.passed()).isTrue();
    assertThat(c.rule()).isEqualTo("ROC-03");
    assertThat(c.reason()).isEqualTo("Group A has 10 credits from achieved units (10 needed).");
  }

  @Test
  void anOptionalGroupFailsBelowItsMinimumCredits() {
    var out =
        run(
            optional(10, 12, "A1", "A2", "A3"),
            achieved("A1", "A", 8, 5),
            partly("A2", "A", 6, 5, 5, 6),
            partly("A3", "A", 4, 4, 0, 2));

    assertThat(out.one(CombinationCheck.class))
        .isEqualTo(
            new CombinationCheck(
                "group A",
                false,
                "ROC-04",
                "Group A (Optional units) needs 2 more credits from achieved units (8 of 10)."));
  }

  @Test
  void anOptionalUnitAlmostCoveredStillAddsNoCredits() {
    var out =
        run(
            optional(10, 12, "A1", "A2", "A3"),
            partly("A1", "A", 8, 5, 9, 10),
            achieved("A2", "A", 6, 5),
            partly("A3", "A", 4, 4, 1, 2));

    CombinationCheck c = out.one(CombinationCheck.class);
    assertThat(c.rule()).isNotEqualTo("ROC-03").isEqualTo("ROC-04");
    assertThat(c.reason()).contains("(6 of 10)");
  }

  @Test
  void theQualificationsTotalCreditsComeFromAchievedUnits() {
    var out =
        run(
            M,
            achieved("M1", "M", 8, 5),
            achieved("M2", "M", 6, 4),
            optional(10, 16, "A1", "A2", "A3"),
            achieved("A1", "A", 8, 5),
            achieved("A2", "A", 6, 5),
            achieved("A3", "A", 4, 4));

    CombinationCheck c = out.one(CombinationCheck.class, x -> x.subject().equals("total credits"));
    assertThat(c.passed()).isTrue();
    assertThat(c.rule()).isEqualTo("ROC-05");
    assertThat(c.reason())
        .isEqualTo("30 credits from achieved units count towards the 30 required.");
  }

  @Test
  void creditsBeyondAGroupsMaximumDoNotCountTowardsTheTotal() {
    // 14 + 18 = 32 credits achieved, but group A counts at most 12: 26 of the 30 required.
    var out =
        run(
            M,
            achieved("M1", "M", 8, 5),
            achieved("M2", "M", 6, 4),
            optional(10, 12, "A1", "A2", "A3"),
            achieved("A1", "A", 8, 5),
            achieved("A2", "A", 6, 5),
            achieved("A3", "A", 4, 4));

    CombinationCheck c = out.one(CombinationCheck.class, x -> x.subject().equals("total credits"));
    assertThat(c.passed()).isFalse();
    assertThat(c.rule()).isEqualTo("ROC-06");
    assertThat(c.reason()).isEqualTo("4 more credits are needed from achieved units (26 of 30).");
  }

  @Test
  void enoughCreditsMustComeFromAchievedUnitsAtOrAboveTheQualificationsLevel() {
    // Level 5 or above: M1 8 + A1 8 + A2 6 = 22.
    var out =
        run(
            M,
            achieved("M1", "M", 8, 5),
            achieved("M2", "M", 6, 4),
            optional(10, 16, "A1", "A2", "A3"),
            achieved("A1", "A", 8, 5),
            achieved("A2", "A", 6, 5),
            achieved("A3", "A", 4, 4));

    CombinationCheck c =
        out.one(CombinationCheck.class, x -> x.subject().startsWith("credits at level"));
    assertThat(c.subject()).isEqualTo("credits at level 5 or above");
    assertThat(c.rule()).isEqualTo("ROC-07");
    assertThat(c.passed()).isTrue();
    assertThat(c.reason())
        .isEqualTo("22 credits from achieved units at level 5 or above (20 required).");
  }

  @Test
  void creditsBelowTheQualificationsLevelOrFromUnitsNotAchievedDoNotCountTowardsTheLevelMinimum() {
    // Level 5 or above and achieved: M1 8 + A2 6 = 14; A1 is level 5 but not achieved, M2 and A3
    // are level 4.
    var out =
        run(
            M,
            achieved("M1", "M", 8, 5),
            achieved("M2", "M", 6, 4),
            optional(10, 16, "A1", "A2", "A3"),
            partly("A1", "A", 8, 5, 3, 4),
            achieved("A2", "A", 6, 5),
            achieved("A3", "A", 4, 4));

    CombinationCheck c =
        out.one(CombinationCheck.class, x -> x.subject().startsWith("credits at level"));
    assertThat(c.reason())
        .isEqualTo("6 more credits are needed from achieved units at level 5 or above (14 of 20).");
    assertThat(c.rule()).isEqualTo("ROC-08");
    assertThat(c.passed()).isFalse();
  }

  @Test
  void creditsFromAchievedUnitsAtTheQualificationsLevelCountTowardsTheLevelMinimum() {
    // Every unit is at level 5, so every counted credit is at or above the level: 14 + 16 = 30.
    var out =
        run(
            M,
            achieved("M1", "M", 8, 5),
            achieved("M2", "M", 6, 5),
            optional(10, 16, "A1", "A2", "A3"),
            achieved("A1", "A", 8, 5),
            achieved("A2", "A", 6, 5),
            achieved("A3", "A", 4, 5));

    CombinationCheck c =
        out.one(CombinationCheck.class, x -> x.subject().startsWith("credits at level"));
    assertThat(c.subject()).isEqualTo("credits at level 5 or above");
    assertThat(c.rule()).isEqualTo("ROC-07");
    assertThat(c.passed()).isTrue();
    assertThat(c.reason())
        .isEqualTo("30 credits from achieved units at level 5 or above (20 required).");
  }

  @Test
  void tooFewAchievedCreditsAtTheQualificationsLevelFailTheLevelMinimum() {
    // All at level 5, but only M1 (8 credits) and A1 (8 credits) are achieved: 16 of the 20 needed.
    var out =
        run(
            M,
            achieved("M1", "M", 8, 5),
            partly("M2", "M", 6, 5, 1, 2),
            optional(10, 16, "A1", "A2"),
            achieved("A1", "A", 8, 5),
            partly("A2", "A", 6, 5, 2, 3));

    CombinationCheck c =
        out.one(CombinationCheck.class, x -> x.subject().startsWith("credits at level"));
    assertThat(c.rule()).isEqualTo("ROC-08");
    assertThat(c.passed()).isFalse();
    assertThat(c.reason())
        .isEqualTo("4 more credits are needed from achieved units at level 5 or above (16 of 20).");
  }

  @Test
  void theTotalAndLevelChecksWaitForEveryGroup() {
    var out =
        run(
            M,
            achieved("M1", "M", 8, 5),
            achieved("M2", "M", 6, 4),
            optional(10, 16, "A1", "A2"),
            achieved("A1", "A", 8, 5));

    assertThat(out.all(CombinationCheck.class))
        .extracting(CombinationCheck::rule)
        .containsExactly("ROC-01");
  }
}
