package uk.attest.assessment.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.attest.assessment.facts.AcResult;
import uk.attest.assessment.facts.GroupFact;
import uk.attest.assessment.facts.GroupStanding;
import uk.attest.assessment.facts.LearnerFact;
import uk.attest.assessment.facts.Outcome;
import uk.attest.assessment.facts.QualificationFact;
import uk.attest.assessment.facts.Readiness;
import uk.attest.assessment.facts.SelectedUnit;
import uk.attest.assessment.facts.TimeToCompetency;
import uk.attest.assessment.facts.UnitFact;
import uk.attest.assessment.facts.UnitHoursLeft;

/**
 * Handbook, estimated time to competency: each assessment criterion not yet met, in the units that
 * count towards the qualification, carries its unit's GLH ÷ its number of criteria; the total over
 * the learner's weekly learning hours, rounded up to whole weeks. A learner who is ready needs no
 * more time.
 */
class TimeToCompetencyRulesTest {

  private static final QualificationFact Q = new QualificationFact("601/0110/6", 5, 30, 20, 2);

  private static AcResult ac(String id, Outcome outcome, double glhShare) {
    return new AcResult(
        id, id.substring(0, id.indexOf('/')), outcome, "TEST", "given", Set.of(), glhShare);
  }

  private static GroupStanding standing(String groupId, String... selected) {
    return new GroupStanding(groupId, false, 0, 0, 0, 0, List.of(selected), List.of());
  }

  @Test
  void aSelectedUnitCarriesTheGuidedLearningHoursOfItsCriteriaNotYetMet() {
    var out =
        Judge.run(
            new SelectedUnit("U1"),
            ac("U1/1.1", Outcome.MET, 2.5),
            ac("U1/1.2", Outcome.PARTIAL, 2.5),
            ac("U1/1.3", Outcome.NOT_STARTED, 2.5),
            ac("U1/1.4", Outcome.NOT_MET, 2.5));

    assertThat(out.all(UnitHoursLeft.class))
        .as("TTC-01")
        .containsExactly(new UnitHoursLeft("U1", 7.5, 3));
  }

  @Test
  void aSelectedUnitWithEveryCriterionMetHasNoHoursLeft() {
    var out =
        Judge.run(
            new SelectedUnit("U1"), ac("U1/1.1", Outcome.MET, 2.5), ac("U1/1.2", Outcome.MET, 2.5));

    assertThat(out.all(UnitHoursLeft.class))
        .as("TTC-01")
        .containsExactly(new UnitHoursLeft("U1", 0.0, 0));
  }

  @Test
  void aUnitThatIsNotSelectedCarriesNoHours() {
    var out =
        Judge.run(
            new SelectedUnit("U1"),
            ac("U1/1.1", Outcome.PARTIAL, 2.5),
            ac("U2/1.1", Outcome.NOT_STARTED, 4.0));

    assertThat(out.all(UnitHoursLeft.class))
        .as("TTC-01")
        .containsExactly(new UnitHoursLeft("U1", 2.5, 1));
  }

  @Test
  void timeToCompetencyIsTheGuidedLearningHoursStillToCoverOverTheWeeklyLearningHours() {
    // 0 + 7.5 + 5.5 = 13 hours at 6 a week: 13 ÷ 6 = 2.17, rounded up to 3 weeks.
    var out =
        Judge.run(
            new LearnerFact("LRN-1", 6.0),
            Q,
            standing("M", "M1", "M2"),
            standing("A", "A1"),
            new UnitHoursLeft("M1", 0.0, 0),
            new UnitHoursLeft("M2", 7.5, 3),
            new UnitHoursLeft("A1", 5.5, 2));

    assertThat(out.one(TimeToCompetency.class))
        .isEqualTo(
            new TimeToCompetency(
                13.0,
                6.0,
                3,
                "TTC-02",
                "13.0 guided learning hours remain across 5 assessment criteria not yet met; at 6.0 hours a week that"
                    + " is 3 weeks."));
  }

  @Test
  void hoursThatFillWholeWeeksAreNotRoundedUpFurther() {
    var out =
        Judge.run(
            new LearnerFact("LRN-1", 6.0),
            Q,
            standing("M", "M1"),
            standing("A", "A1"),
            new UnitHoursLeft("M1", 7.0, 2),
            new UnitHoursLeft("A1", 5.0, 2));

    TimeToCompetency t = out.one(TimeToCompetency.class);
    assertThat(t.rule()).isEqualTo("TTC-02");
    assertThat(t.hours()).isEqualTo(12.0);
    assertThat(t.weeks()).isEqualTo(2);
  }

  @Test
  void lessThanAWeeksHoursIsOneWeek() {
    var out =
        Judge.run(
            new LearnerFact("LRN-1", 7.5),
            Q,
            standing("M", "M1"),
            standing("A"),
            new UnitHoursLeft("M1", 4.0, 1));

    TimeToCompetency t = out.one(TimeToCompetency.class);
    assertThat(t.weeks()).isEqualTo(1);
    assertThat(t.reason())
        .isEqualTo(
            "4.0 guided learning hours remain across 1 assessment criteria not yet met; at 7.5 hours a week that is 1 week.");
  }

  @Test
  void aLearnerWithNothingLeftToCoverNeedsNoTime() {
    var out =
        Judge.run(
            new LearnerFact("LRN-1", 6.0),
            Q,
            standing("M", "M1"),
            standing("A"),
            new UnitHoursLeft("M1", 0.0, 0));

    TimeToCompetency t = out.one(TimeToCompetency.class);
    assertThat(t.weeks()).isZero();
    assertThat(t.reason())
        .isEqualTo(
            "No guided learning hours remain: every assessment criterion of the chosen units is met.");
  }

  @Test
  void timeToCompetencyWaitsUntilEverySelectedUnitsHoursAreWorkedOut() {
    var out =
        Judge.run(
            new LearnerFact("LRN-1", 6.0),
            Q,
            standing("M", "M1", "M2"),
            standing("A", "A1"),
            new UnitHoursLeft("M1", 0.0, 0),
            new UnitHoursLeft("A1", 5.5, 2));

    assertThat(out.all(TimeToCompetency.class)).isEmpty();
  }

  @Test
  void onlyTheUnitsThatBestSatisfyTheRulesOfCombinationCarryHours() {
    // M1 (mandatory, 20 GLH over 2 criteria): 1 open, 10 hours. Group A (at most 6 credits) takes
    // A1 (1 of 2 met, 6 × 1/2 = 3.0) over A2 (nothing met): A1's open criterion adds 6 hours and
    // A2's 12 hours do not count. 16 hours at 6 a week = 2.67, so 3 weeks.
    var out =
        Judge.run(
            new LearnerFact("LRN-1", 6.0),
            Q,
            new GroupFact("M", "Mandatory units", true, 0, Integer.MAX_VALUE, List.of("M1")),
            new GroupFact("A", "Optional units", false, 4, 6, List.of("A1", "A2")),
            new UnitFact("M1", "M", 8, 5, 2),
            new UnitFact("A1", "A", 6, 5, 2),
            new UnitFact("A2", "A", 6, 5, 3),
            ac("M1/1.1", Outcome.MET, 10),
            ac("M1/1.2", Outcome.PARTIAL, 10),
            ac("A1/1.1", Outcome.MET, 6),
            ac("A1/1.2", Outcome.NOT_STARTED, 6),
            ac("A2/1.1", Outcome.NOT_STARTED, 4),
            ac("A2/1.2", Outcome.NOT_STARTED, 4),
            ac("A2/1.3", Outcome.NOT_STARTED, 4));

    assertThat(out.all(SelectedUnit.class))
        .extracting(SelectedUnit::unitId)
        .containsExactlyInAnyOrder("M1", "A1");
    assertThat(out.all(UnitHoursLeft.class))
        .as("TTC-01")
        .containsExactlyInAnyOrder(
            new UnitHoursLeft("M1", 10.0, 1), new UnitHoursLeft("A1", 6.0, 1));
    TimeToCompetency t = out.one(TimeToCompetency.class);
    assertThat(t.rule()).isEqualTo("TTC-02");
    assertThat(t.hours()).isEqualTo(16.0);
    assertThat(t.weeks()).isEqualTo(3);
  }

  @Test
  void aLearnerWhoIsReadyNeedsNoMoreTimeEvenWithAChosenUnitInProgress() {
    // Every rule of combination holds with achieved units, but the best choice of units also takes
    // A1, still in progress: its 27.5 hours do not stand between the learner and the qualification.
    var out =
        Judge.run(
            new LearnerFact("LRN-1", 6.0),
            Q,
            standing("M", "M1"),
            standing("A", "A1"),
            new UnitHoursLeft("M1", 0.0, 0),
            new UnitHoursLeft("A1", 27.5, 5),
            new Readiness(100, true, "RDY-01", "Ready"));

    assertThat(out.one(TimeToCompetency.class))
        .isEqualTo(
            new TimeToCompetency(
                0.0,
                6.0,
                0,
                "TTC-03",
                "No guided learning hours remain: the learner is ready for the qualification."));
  }

  @Test
  void aLearnerNotYetReadyIsGivenTheHoursOfEveryChosenUnitInProgress() {
    var out =
        Judge.run(
            new LearnerFact("LRN-1", 6.0),
            Q,
            standing("M", "M1"),
            standing("A", "A1"),
            new UnitHoursLeft("M1", 0.0, 0),
            new UnitHoursLeft("A1", 27.5, 5),
            new Readiness(99, false, "RDY-02", "Not ready"));

    TimeToCompetency t = out.one(TimeToCompetency.class);
    assertThat(t.rule()).isEqualTo("TTC-02");
    assertThat(t.hours()).isEqualTo(27.5);
    assertThat(t.weeks()).isEqualTo(5);
  }
}
