package uk.attest.assessment.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.attest.assessment.drools.Judge.TODAY;
import static uk.attest.assessment.drools.Judge.evidence;
import static uk.attest.assessment.drools.Judge.performance;

import org.junit.jupiter.api.Test;
import uk.attest.assessment.facts.Aspect;
import uk.attest.assessment.facts.CriterionFact;
import uk.attest.assessment.facts.Finding;
import uk.attest.catalogue.CriterionKind;

/**
 * Handbook, Current: evidence recent enough to trust the competence exists now, within the
 * standard's currency window; older evidence counts only with a current professional discussion.
 */
class CurrentRulesTest {

  @Test
  void evidenceFromWithinTheCurrencyWindowIsCurrent() {
    var out = Judge.run(evidence("E1").monthsAgo(6).claims(performance("U1.P1")));

    Finding f = out.one(Finding.class, x -> x.aspect() == Aspect.CURRENT);
    assertThat(f.passed()).isTrue();
    assertThat(f.rule()).isEqualTo("CUR-01");
    assertThat(f.reason()).isEqualTo("E1 (2026-05-20) is within the 36-month currency window.");
  }

  @Test
  void evidenceFromExactlyTheEdgeOfTheCurrencyWindowIsCurrent() {
    var out = Judge.run(evidence("E1").on(TODAY.minusMonths(36)).claims(performance("U1.P1")));

    assertThat(out.rules("E1", Aspect.CURRENT)).containsExactly("CUR-01");
    assertThat(out.passes("E1", Aspect.CURRENT)).isTrue();
  }

  @Test
  void evidenceFromTheDayBeforeTheCurrencyWindowIsNotCurrent() {
    var out =
        Judge.run(
            evidence("E1").on(TODAY.minusMonths(36).minusDays(1)).claims(performance("U1.P1")));

    assertThat(out.rules("E1", Aspect.CURRENT)).containsExactly("CUR-02");
    assertThat(out.passes("E1", Aspect.CURRENT)).isFalse();
  }

  @Test
  void evidenceOlderThanTheCurrencyWindowIsNotCurrent() {
    var out = Judge.run(evidence("E1").monthsAgo(40).claims(performance("U1.P1")));

    Finding f = out.one(Finding.class, x -> x.aspect() == Aspect.CURRENT);
    assertThat(f.passed()).isFalse();
    assertThat(f.rule()).isEqualTo("CUR-02");
    assertThat(f.reason())
        .isEqualTo(
            "E1 (2023-07-20) is older than the 36-month currency window; a current professional discussion on U1.P1"
                + " would confirm it.");
  }

  @Test
  void eachStandardJudgesCurrencyByItsOwnWindow() {
    CriterionFact shortWindow =
        new CriterionFact(
            "U2.P1",
            "U2",
            CriterionKind.PERFORMANCE,
            3,
            "Advanced",
            2,
            Judge.PERFORMANCE_METHODS,
            false,
            12);
    var out =
        Judge.run(
            evidence("E1").monthsAgo(13).claims(shortWindow),
            evidence("E2").monthsAgo(13).claims(performance("U1.P1")));

    Finding f =
        out.one(
            Finding.class, x -> x.aspect() == Aspect.CURRENT && x.criterionId().equals("U2.P1"));
    assertThat(f.rule()).isEqualTo("CUR-02");
    assertThat(f.reason()).contains("12-month currency window");
    assertThat(out.rules("E2", Aspect.CURRENT)).containsExactly("CUR-01");
  }

  @Test
  void olderEvidenceConfirmedByACurrentProfessionalDiscussionIsCurrent() {
    var criterion = performance("U1.P1");
    var out =
        Judge.run(
            evidence("E1").monthsAgo(40).claims(criterion),
            evidence("E2").by("PROFESSIONAL_DISCUSSION").monthsAgo(2).claims(criterion));

    Finding f =
        out.one(Finding.class, x -> x.aspect() == Aspect.CURRENT && x.evidenceId().equals("E1"));
    assertThat(f.passed()).isTrue();
    assertThat(f.rule()).isEqualTo("CUR-03");
    assertThat(f.reason())
        .isEqualTo(
            "E1 (2023-07-20) is older than the currency window but is confirmed by the current professional"
                + " discussion E2.");
    assertThat(out.rules("E2", Aspect.CURRENT)).containsExactly("CUR-01");
  }

  @Test
  void aProfessionalDiscussionOnAnotherCriterionDoesNotConfirmOlderEvidence() {
    var out =
        Judge.run(
            evidence("E1").monthsAgo(40).claims(performance("U1.P1")),
            evidence("E2").by("PROFESSIONAL_DISCUSSION").monthsAgo(2).claims(performance("U1.P2")));

    assertThat(out.rules("E1", Aspect.CURRENT)).containsExactly("CUR-02");
    assertThat(out.passes("E1", Aspect.CURRENT)).isFalse();
  }

  @Test
  void aReferredProfessionalDiscussionDoesNotConfirmOlderEvidence() {
    var criterion = performance("U1.P1");
    var out =
        Judge.run(
            evidence("E1").monthsAgo(40).claims(criterion),
            evidence("E2").by("PROFESSIONAL_DISCUSSION").monthsAgo(2).referred().claims(criterion));

    assertThat(out.rules("E1", Aspect.CURRENT)).containsExactly("CUR-02");
  }

  @Test
  void aProfessionalDiscussionAwaitingADecisionDoesNotConfirmOlderEvidence() {
    var criterion = performance("U1.P1");
    var out =
        Judge.run(
            evidence("E1").monthsAgo(40).claims(criterion),
            evidence("E2").by("PROFESSIONAL_DISCUSSION").monthsAgo(2).pending().claims(criterion));

    assertThat(out.rules("E1", Aspect.CURRENT)).containsExactly("CUR-02");
  }

  @Test
  void aProfessionalDiscussionThatIsItselfOutOfDateConfirmsNothing() {
    var criterion = performance("U1.P1");
    var out =
        Judge.run(
            evidence("E1").monthsAgo(40).claims(criterion),
            evidence("E2").by("PROFESSIONAL_DISCUSSION").monthsAgo(37).claims(criterion));

    assertThat(out.rules("E1", Aspect.CURRENT)).containsExactly("CUR-02");
    assertThat(out.rules("E2", Aspect.CURRENT)).containsExactly("CUR-02");
  }

  @Test
  void otherCurrentEvidenceThatIsNotAProfessionalDiscussionDoesNotConfirmOlderEvidence() {
    var criterion = performance("U1.P1");
    var out =
        Judge.run(
            evidence("E1").monthsAgo(40).claims(criterion),
            evidence("E2").by("DIRECT_OBSERVATION").monthsAgo(2).claims(criterion));

    assertThat(out.rules("E1", Aspect.CURRENT)).containsExactly("CUR-02");
  }

  @Test
  void aProfessionalDiscussionTheLearnerAcceptedThemselvesDoesNotConfirmOlderEvidence() {
    var criterion = performance("U1.P1");
    var out =
        Judge.run(
            evidence("E1").monthsAgo(40).claims(criterion),
            evidence("E2")
                .by("PROFESSIONAL_DISCUSSION")
                .monthsAgo(2)
                .acceptedBy(Judge.LEARNER, true)
                .claims(criterion));

    assertThat(out.rules("E2", Aspect.RELIABLE)).containsExactly("REL-04");
    assertThat(out.rules("E1", Aspect.CURRENT)).containsExactly("CUR-02");
  }

  @Test
  void aProfessionalDiscussionAcceptedByAnUnqualifiedAssessorDoesNotConfirmOlderEvidence() {
    var criterion = performance("U1.P1");
    var out =
        Judge.run(
            evidence("E1").monthsAgo(40).claims(criterion),
            evidence("E2")
                .by("PROFESSIONAL_DISCUSSION")
                .monthsAgo(2)
                .acceptedBy("TRN-9", false)
                .claims(criterion));

    assertThat(out.rules("E2", Aspect.RELIABLE)).containsExactly("REL-03");
    assertThat(out.rules("E1", Aspect.CURRENT)).containsExactly("CUR-02");
  }

  @Test
  void aTraineesProfessionalDiscussionCountersignedByAQualifiedAssessorConfirmsOlderEvidence() {
    var criterion = performance("U1.P1");
    var out =
        Judge.run(
            evidence("E1").monthsAgo(40).claims(criterion),
            evidence("E2")
                .by("PROFESSIONAL_DISCUSSION")
                .monthsAgo(2)
                .acceptedBy("TRN-9", false)
                .countersignedBy("ASR-7")
                .claims(criterion));

    assertThat(out.rules("E2", Aspect.RELIABLE)).containsExactly("REL-06");
    assertThat(out.rules("E1", Aspect.CURRENT)).containsExactly("CUR-03");
  }
}
