package uk.attest.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.attest.quality.Plan.assessor;
import static uk.attest.quality.Plan.decision;
import static uk.attest.quality.Plan.experience;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.attest.catalogue.Method;
import uk.attest.catalogue.SamplingPolicy;

/**
 * Handbook, internal quality assurance by risk (CAMERA: assessors): every decision of a trainee,
 * more of an assessor new to the qualification or whose work often needed action, and the policy's
 * standard share of everyone else's, drawn the same way every time.
 */
class AssessorRiskRulesTest {

  @Test
  void everyDecisionOfATraineeAssessorIsSampled() {
    var out = Plan.run(decision("J1").by("asr_rhys", false).drawn(99.9));

    assertThat(out.rules("J1")).contains("QA-01");
    assertThat(out.only("QA-01").reason())
        .isEqualTo("asr_rhys is a trainee assessor, so every one of their decisions is sampled.");
  }

  @Test
  void aQualifiedAssessorsDecisionIsNotSampledAsATraineesWould() {
    var out = Plan.run(decision("J1").drawn(99.9));

    assertThat(out.rules("J1")).doesNotContain("QA-01");
  }

  @Test
  void anAssessorNewToTheQualificationIsSampledAtTheHigherRate() {
    var out = Plan.run(decision("J1").drawn(45), experience("asr_gwen", 3));

    assertThat(out.rules("J1")).contains("QA-02").doesNotContain("QA-04");
    assertThat(out.only("QA-02").reason())
        .isEqualTo(
            "Gwen is new to the Level 5 Diploma (3 earlier decisions, fewer than 10), so 50% of"
                + " their decisions are sampled; this one was drawn 45.0 of 100.");
  }

  @Test
  void aNewAssessorsDecisionDrawnAboveTheHigherRateIsNotPickedForRisk() {
    var out = Plan.run(decision("J1").drawn(55), experience("asr_gwen", 3));

    assertThat(out.rules("J1")).doesNotContain("QA-02", "QA-03", "QA-04");
  }

  @Test
  void anAssessorWithAsManyEarlierDecisionsAsThePolicyAsksIsNoLongerNew() {
    var out = Plan.run(decision("J1").drawn(45), experience("asr_gwen", 10));

    assertThat(out.rules("J1")).doesNotContain("QA-02", "QA-04");
  }

  @Test
  void anAssessorWhoseSampledDecisionsOftenNeededActionIsSampledAtTheHigherRate() {
    var out = Plan.run(decision("J1").drawn(45), assessor("asr_gwen", 10, 3));

    assertThat(out.rules("J1")).contains("QA-03").doesNotContain("QA-04");
    assertThat(out.only("QA-03").reason())
        .isEqualTo(
            "asr_gwen's sampled decisions needed action 3 times in 10, more than 20% of the time,"
                    .replace("asr_gwen", "Gwen")
                + " so 50% of their decisions are sampled; this one was drawn 45.0 of 100.");
  }

  @Test
  void anAssessorWhoseWorkNeededActionOnlyAsOftenAsTheThresholdIsNotRaised() {
    var out = Plan.run(decision("J1").drawn(45), assessor("asr_gwen", 10, 2));

    assertThat(out.rules("J1")).doesNotContain("QA-03", "QA-04");
  }

  @Test
  void aQualifiedExperiencedAssessorIsSampledAtTheStandardRate() {
    var out = Plan.run(decision("J1").drawn(15));

    assertThat(out.rules("J1")).contains("QA-04").doesNotContain("QA-02", "QA-03");
    assertThat(out.only("QA-04").reason())
        .isEqualTo(
            "Gwen is a qualified assessor experienced in the Level 5 Diploma, so the standard 20%"
                + " of their decisions are sampled; this one was drawn 15.0 of 100.");
  }

  @Test
  void aDecisionDrawnAboveTheStandardRateIsNotPickedForRisk() {
    var out = Plan.run(decision("J1").drawn(25), decision("J2").drawn(10));

    assertThat(out.rules("J1")).doesNotContain("QA-04");
    assertThat(out.rules("J2")).contains("QA-04");
  }

  @Test
  void theRatesAreThePolicysNotTheRules() {
    var wider = new SamplingPolicy(12, 30, 50, 50, 20, 10, Set.of(Method.DIRECT_OBSERVATION));

    var out = Plan.run(decision("J1").drawn(25), wider);

    assertThat(out.rules("J1")).contains("QA-04");
  }
}
