package uk.attest.assessment.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.attest.assessment.drools.Judge.LEARNER;
import static uk.attest.assessment.drools.Judge.evidence;
import static uk.attest.assessment.drools.Judge.performance;

import org.junit.jupiter.api.Test;
import uk.attest.assessment.facts.Aspect;
import uk.attest.assessment.facts.Finding;

/**
 * Handbook, Reliable: another assessor would reach the same decision, so the evidence must be
 * accepted, by a qualified assessor, and not self-assessed.
 */
class ReliableRulesTest {

  @Test
  void evidenceAwaitingAnAssessorsDecisionDoesNotCountYet() {
    var out = Judge.run(evidence("E1").pending().claims(performance("U1.P1")));

    Finding f = out.one(Finding.class, x -> x.aspect() == Aspect.RELIABLE);
    assertThat(f.passed()).isFalse();
    assertThat(f.rule()).isEqualTo("REL-01");
    assertThat(f.reason()).isEqualTo("E1 is mapped but awaits an assessor's decision.");
  }

  @Test
  void evidenceWithAnAssessorsDecisionIsNoLongerAwaitingOne() {
    var out =
        Judge.run(
            evidence("E1").claims(performance("U1.P1")),
            evidence("E2").referred().claims(performance("U1.P1")));

    assertThat(out.rules("E1", Aspect.RELIABLE)).doesNotContain("REL-01");
    assertThat(out.rules("E2", Aspect.RELIABLE)).doesNotContain("REL-01");
  }

  @Test
  void evidenceReferredBackByTheAssessorDoesNotCount() {
    var out = Judge.run(evidence("E1").referred().claims(performance("U1.P1")));

    Finding f = out.one(Finding.class, x -> x.aspect() == Aspect.RELIABLE);
    assertThat(f.passed()).isFalse();
    assertThat(f.rule()).isEqualTo("REL-02");
    assertThat(f.reason()).isEqualTo("E1 was referred back by assessor ASR-1.");
  }

  @Test
  void evidenceReferredBackByAnUnqualifiedAssessorIsJudgedOnlyAsReferred() {
    var out =
        Judge.run(
            evidence("E1").referred().acceptedBy("TRN-9", false).claims(performance("U1.P1")));

    assertThat(out.rules("E1", Aspect.RELIABLE)).containsExactly("REL-02");
  }

  @Test
  void aDecisionByAnAssessorWhoIsNotQualifiedIsNotReliable() {
    var out = Judge.run(evidence("E1").acceptedBy("TRN-9", false).claims(performance("U1.P1")));

    Finding f = out.one(Finding.class, x -> x.aspect() == Aspect.RELIABLE);
    assertThat(f.passed()).isFalse();
    assertThat(f.rule()).isEqualTo("REL-03");
    assertThat(f.reason())
        .isEqualTo(
            "E1 was accepted by TRN-9, who is not a qualified assessor; it awaits a qualified"
                + " assessor's countersignature.");
  }

  @Test
  void aTraineesAcceptanceCountersignedByAQualifiedAssessorIsReliable() {
    var out =
        Judge.run(
            evidence("E1")
                .acceptedBy("TRN-9", false)
                .countersignedBy("ASR-7")
                .claims(performance("U1.P1")));

    Finding f = out.one(Finding.class, x -> x.aspect() == Aspect.RELIABLE);
    assertThat(f.passed()).isTrue();
    assertThat(f.rule()).isEqualTo("REL-06");
    assertThat(f.reason())
        .isEqualTo(
            "E1 was accepted by trainee assessor TRN-9 and countersigned by qualified"
                + " assessor ASR-7.");
  }

  @Test
  void aTraineesReferralCountersignedIsStillOnlyAReferral() {
    var out =
        Judge.run(
            evidence("E1")
                .referred()
                .acceptedBy("TRN-9", false)
                .countersignedBy("ASR-7")
                .claims(performance("U1.P1")));

    assertThat(out.rules("E1", Aspect.RELIABLE)).containsExactly("REL-02");
    assertThat(out.passes("E1", Aspect.RELIABLE)).isFalse();
  }

  @Test
  void aCountersignedAcceptanceTheLearnerMadeThemselvesIsStillSelfAssessment() {
    var out =
        Judge.run(
            evidence("E1")
                .acceptedBy(LEARNER, false)
                .countersignedBy("ASR-7")
                .claims(performance("U1.P1")));

    assertThat(out.rules("E1", Aspect.RELIABLE)).containsExactly("REL-04");
    assertThat(out.passes("E1", Aspect.RELIABLE)).isFalse();
  }

  @Test
  void evidenceTheLearnerJudgedThemselvesIsNotReliable() {
    var out = Judge.run(evidence("E1").acceptedBy(LEARNER, true).claims(performance("U1.P1")));

    Finding f = out.one(Finding.class, x -> x.aspect() == Aspect.RELIABLE);
    assertThat(f.passed()).isFalse();
    assertThat(f.rule()).isEqualTo("REL-04");
    assertThat(f.reason())
        .isEqualTo("E1 was accepted by the learner themselves; self-assessment does not count.");
  }

  @Test
  void evidenceTheLearnerJudgedThemselvesWithoutQualificationFailsOnBothCounts() {
    var out = Judge.run(evidence("E1").acceptedBy(LEARNER, false).claims(performance("U1.P1")));

    assertThat(out.rules("E1", Aspect.RELIABLE)).containsExactly("REL-03", "REL-04");
    assertThat(out.passes("E1", Aspect.RELIABLE)).isFalse();
  }

  @Test
  void evidenceAcceptedByAQualifiedAssessorWhoIsNotTheLearnerIsReliable() {
    var out = Judge.run(evidence("E1").acceptedBy("ASR-7", true).claims(performance("U1.P1")));

    Finding f = out.one(Finding.class, x -> x.aspect() == Aspect.RELIABLE);
    assertThat(f.passed()).isTrue();
    assertThat(f.rule()).isEqualTo("REL-05");
    assertThat(f.reason()).isEqualTo("E1 was accepted by qualified assessor ASR-7.");
  }

  @Test
  void aQualifiedAssessorsReferralIsNotReliableEvidence() {
    var out =
        Judge.run(evidence("E1").referred().acceptedBy("ASR-7", true).claims(performance("U1.P1")));

    assertThat(out.rules("E1", Aspect.RELIABLE)).doesNotContain("REL-05");
    assertThat(out.passes("E1", Aspect.RELIABLE)).isFalse();
  }
}
