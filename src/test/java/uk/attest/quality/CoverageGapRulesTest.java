package uk.attest.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.attest.quality.Plan.decision;

import org.junit.jupiter.api.Test;
import uk.attest.catalogue.Method;

/**
 * Handbook, internal quality assurance (CAMERA: units, methods, candidates): over a period every
 * standard, every method and every learner has something sampled, and each standard's direct
 * observations where the policy asks. Where risk picked nothing to cover one, the decision with the
 * lowest draw is picked.
 */
class CoverageGapRulesTest {

  @Test
  void aStandardWithNothingSampledHasItsLowestDrawnDecisionPicked() {
    var out = Plan.run(decision("J1").on("U1").drawn(70), decision("J2").on("U1", "U2").drawn(60));

    assertThat(out.picks())
        .filteredOn(p -> p.rule().equals("QA-05"))
        .extracting(p -> p.decision().id())
        .containsExactly("J2", "J2");
    assertThat(out.picks())
        .filteredOn(p -> p.rule().equals("QA-05"))
        .extracting(p -> p.reason())
        .contains(
            "Nothing of U1 Standard U1 is sampled in the period, so one of its decisions is.");
  }

  @Test
  void aStandardWithADecisionSampledAlreadyNeedsNoMore() {
    var out =
        Plan.run(decision("J1").on("U1").drawn(70).sampled(), decision("J2").on("U1").drawn(60));

    assertThat(out.rules("J2")).doesNotContain("QA-05");
    assertThat(out.rules("J1")).doesNotContain("QA-05");
  }

  @Test
  void aStandardCoveredByADecisionPickedForRiskNeedsNoOtherPick() {
    var out =
        Plan.run(
            decision("J1").on("U1").drawn(70).by("asr_rhys", false),
            decision("J2").on("U1").drawn(60));

    assertThat(out.rules("J1")).containsExactly("QA-01");
    assertThat(out.rules("J2")).doesNotContain("QA-05");
  }

  @Test
  void thePickForAGapStaysInThePlanOnceItIsSampled() {
    var out =
        Plan.run(decision("J1").on("U1").drawn(70), decision("J2").on("U1").drawn(60).sampled());

    assertThat(out.rules("J2")).contains("QA-05");
    assertThat(out.rules("J1")).doesNotContain("QA-05");
  }

  @Test
  void aMethodWithNothingSampledHasADecisionPicked() {
    var out =
        Plan.run(
            decision("J1").by(Method.QUESTIONING).drawn(70),
            decision("J2").by(Method.QUESTIONING).drawn(60));

    assertThat(out.only("QA-06").decision().id()).isEqualTo("J2");
    assertThat(out.only("QA-06").reason())
        .isEqualTo("No decision on questioning is sampled in the period, so one is.");
  }

  @Test
  void aMethodWithADecisionSampledNeedsNoMore() {
    var out =
        Plan.run(
            decision("J1").by(Method.QUESTIONING).drawn(70).sampled(),
            decision("J2").by(Method.QUESTIONING).drawn(60));

    assertThat(out.picks()).noneMatch(p -> p.rule().equals("QA-06"));
  }

  @Test
  void aLearnerWithNothingSampledHasADecisionPicked() {
    var out = Plan.run(decision("J1").of("lrn_zoe").drawn(70), decision("J2").drawn(60));

    assertThat(out.picks())
        .filteredOn(p -> p.rule().equals("QA-07"))
        .extracting(p -> p.decision().id())
        .containsExactlyInAnyOrder("J1", "J2");
    assertThat(out.picks())
        .filteredOn(p -> p.rule().equals("QA-07") && p.decision().id().equals("J1"))
        .extracting(p -> p.reason())
        .containsExactly("None of lrn_zoe's decisions is sampled in the period, so one is.");
  }

  @Test
  void aLearnerWithADecisionSampledNeedsNoMore() {
    var out = Plan.run(decision("J1").drawn(70).sampled(), decision("J2").drawn(60));

    assertThat(out.picks()).noneMatch(p -> p.rule().equals("QA-07"));
  }

  @Test
  void aStandardsDirectObservationsAreSampledInEveryPeriod() {
    var out =
        Plan.run(
            decision("J1").on("U1").by(Method.PRODUCT).drawn(10).sampled(),
            decision("J2").on("U1").by(Method.DIRECT_OBSERVATION).drawn(80),
            decision("J3").on("U1").by(Method.DIRECT_OBSERVATION).drawn(70));

    assertThat(out.only("QA-08").decision().id()).isEqualTo("J3");
    assertThat(out.only("QA-08").reason())
        .isEqualTo("No direct observation of U1 Standard U1 is sampled in the period, so one is.");
  }

  @Test
  void aMethodThePolicyDoesNotNameIsNotNeededForEveryStandard() {
    var out =
        Plan.run(
            decision("J1").on("U1").by(Method.DIRECT_OBSERVATION).drawn(10).sampled(),
            decision("J2").on("U1").by(Method.QUESTIONING).drawn(80));

    assertThat(out.picks()).noneMatch(p -> p.rule().equals("QA-08"));
  }
}
