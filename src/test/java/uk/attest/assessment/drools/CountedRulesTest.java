package uk.attest.assessment.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.attest.assessment.drools.Judge.evidence;
import static uk.attest.assessment.drools.Judge.knowledge;
import static uk.attest.assessment.drools.Judge.performance;

import org.junit.jupiter.api.Test;
import uk.attest.assessment.facts.Aspect;
import uk.attest.assessment.facts.ClaimTally;
import uk.attest.assessment.facts.Counted;
import uk.attest.catalogue.Method;

/**
 * Handbook, two stages of evidence: an item mapped to a criterion only counts once it is valid,
 * authentic, current and reliable for that criterion.
 */
class CountedRulesTest {

  @Test
  void aClaimsFindingsAreAddedUpBeforeItCounts() {
    var out = Judge.run(evidence("E1").notChecked().claims(performance("U1.P1")));

    ClaimTally t = out.one(ClaimTally.class);
    assertThat(t.rule()).isEqualTo("TAL-01");
    assertThat(t.passed()).containsExactlyInAnyOrder(Aspect.VALID, Aspect.CURRENT, Aspect.RELIABLE);
    assertThat(t.failed())
        .as("AUT-05: no observation, witness or check")
        .containsExactly(Aspect.AUTHENTIC);
    assertThat(t.holds(Aspect.AUTHENTIC)).isFalse();
    assertThat(t.holds(Aspect.VALID)).isTrue();
  }

  @Test
  void aClaimCountsWhenItIsValidAuthenticCurrentAndReliable() {
    var out = Judge.run(evidence("E1").by("DIRECT_OBSERVATION").claims(performance("U1.P1")));

    assertThat(out.all(Counted.class))
        .containsExactly(new Counted("E1", "U1.P1", Method.DIRECT_OBSERVATION, "CNT-01"));
  }

  @Test
  void aClaimThatIsNotValidDoesNotCount() {
    var out = Judge.run(evidence("E1").by("QUESTIONING").claims(performance("U1.P1")));

    assertThat(out.all(Counted.class)).isEmpty();
  }

  @Test
  void aClaimBelowTheRequiredProficiencyDoesNotCount() {
    var out = Judge.run(evidence("E1").showing(2, "Intermediate").claims(performance("U1.P1")));

    assertThat(out.all(Counted.class)).isEmpty();
  }

  @Test
  void aClaimThatIsNotAuthenticDoesNotCount() {
    var out = Judge.run(evidence("E1").notChecked().claims(performance("U1.P1")));

    assertThat(out.all(Counted.class)).isEmpty();
  }

  @Test
  void aClaimThatIsNotCurrentDoesNotCount() {
    var out = Judge.run(evidence("E1").monthsAgo(40).claims(performance("U1.P1")));

    assertThat(out.all(Counted.class)).isEmpty();
  }

  @Test
  void aClaimThatIsNotReliableDoesNotCount() {
    var out =
        Judge.run(evidence("E1").acceptedBy(Judge.LEARNER, true).claims(performance("U1.P1")));

    assertThat(out.all(Counted.class)).isEmpty();
  }

  @Test
  void aClaimAwaitingADecisionDoesNotCount() {
    var out = Judge.run(evidence("E1").pending().claims(performance("U1.P1")));

    assertThat(out.all(Counted.class)).isEmpty();
  }

  @Test
  void olderEvidenceConfirmedByACurrentProfessionalDiscussionCounts() {
    var criterion = performance("U1.P1");
    var out =
        Judge.run(
            evidence("E1").monthsAgo(40).claims(criterion),
            evidence("E2").by("PROFESSIONAL_DISCUSSION").monthsAgo(2).claims(criterion));

    assertThat(out.all(Counted.class))
        .containsExactlyInAnyOrder(
            new Counted("E1", "U1.P1", Method.PRODUCT, "CNT-01"),
            new Counted("E2", "U1.P1", Method.PROFESSIONAL_DISCUSSION, "CNT-01"));
  }

  @Test
  void oneItemIsJudgedPerClaimSoItCanCountForOneCriterionAndNotAnother() {
    var item = evidence("E1").by("QUESTIONING");
    var out = Judge.run(item.claims(knowledge("U1.K1")), item.claims(performance("U1.P1")));

    assertThat(out.all(Counted.class))
        .containsExactly(new Counted("E1", "U1.K1", Method.QUESTIONING, "CNT-01"));
  }
}
