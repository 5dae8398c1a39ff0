package uk.attest.assessment.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.attest.assessment.drools.Judge.evidence;
import static uk.attest.assessment.drools.Judge.knowledge;
import static uk.attest.assessment.drools.Judge.performance;
import static uk.attest.assessment.drools.Judge.performanceNeedingObservation;

import org.junit.jupiter.api.Test;
import uk.attest.assessment.facts.CriterionResult;
import uk.attest.assessment.facts.CriterionTally;
import uk.attest.assessment.facts.Outcome;

/**
 * Handbook, Sufficient, and the criterion outcome: MET with enough counting items (including a
 * direct observation where the criterion needs one), PARTIAL with some, NOT_MET when evidence is
 * mapped but none counts, NOT_STARTED when nothing is mapped.
 */
class OutcomeRulesTest {

  @Test
  void aCriterionsEvidenceIsAddedUpBeforeItIsJudged() {
    var criterion = performanceNeedingObservation("U1.P1");
    var out =
        Judge.run(
            criterion,
            evidence("E1").by("DIRECT_OBSERVATION").claims(criterion),
            evidence("E2").by("WITNESS_TESTIMONY").claims(criterion),
            evidence("E3").referred().claims(criterion),
            evidence("E4").claims(performance("U1.P2")));

    CriterionTally t = out.one(CriterionTally.class, x -> x.criterionId().equals("U1.P1"));
    assertThat(t.rule()).isEqualTo("TAL-02");
    assertThat(t.mapped()).as("every item mapped to it").containsExactly("E1", "E2", "E3");
    assertThat(t.counted()).as("only the items that count").containsExactly("E1", "E2");
    assertThat(t.countedObservation()).isTrue();
  }

  @Test
  void aTallyWithoutACountingObservationSaysSo() {
    var criterion = performanceNeedingObservation("U1.P1");
    var out =
        Judge.run(
            criterion,
            evidence("E1").by("DIRECT_OBSERVATION").referred().claims(criterion),
            evidence("E2").by("WITNESS_TESTIMONY").claims(criterion));

    CriterionTally t = out.one(CriterionTally.class);
    assertThat(t.counted()).containsExactly("E2");
    assertThat(t.countedObservation()).as("the observation was referred").isFalse();
  }

  @Test
  void aCriterionWithNoEvidenceMappedToItIsNotStarted() {
    var criterion = performance("U1.P1");
    var out = Judge.run(criterion);

    CriterionResult r = out.one(CriterionResult.class);
    assertThat(r.outcome()).isEqualTo(Outcome.NOT_STARTED);
    assertThat(r.rule()).isEqualTo("OUT-01");
    assertThat(r.reason()).isEqualTo("No evidence is mapped to U1.P1 yet.");
    assertThat(r.evidenceIds()).isEmpty();
  }

  @Test
  void evidenceMappedToAnotherCriterionDoesNotStartThisOne() {
    var out =
        Judge.run(
            performance("U1.P1"),
            performance("U1.P2"),
            evidence("E1").claims(performance("U1.P2")));

    assertThat(out.one(CriterionResult.class, r -> r.criterionId().equals("U1.P1")).rule())
        .isEqualTo("OUT-01");
    assertThat(out.one(CriterionResult.class, r -> r.criterionId().equals("U1.P2")).rule())
        .isEqualTo("OUT-04");
  }

  @Test
  void aCriterionWithOnlyReferredEvidenceIsStartedButNotMet() {
    var criterion = performance("U1.P1");
    var out = Judge.run(criterion, evidence("E1").referred().claims(criterion));

    CriterionResult r = out.one(CriterionResult.class);
    assertThat(r.rule()).isNotEqualTo("OUT-01").isEqualTo("OUT-06");
  }

  @Test
  void aCriterionWithTwoCountingItemsIsMet() {
    var criterion = performance("U1.P1");
    var out =
        Judge.run(
            criterion,
            evidence("E1").claims(criterion),
            evidence("E2").by("WITNESS_TESTIMONY").claims(criterion));

    CriterionResult r = out.one(CriterionResult.class);
    assertThat(r.outcome()).isEqualTo(Outcome.MET);
    assertThat(r.rule()).isEqualTo("OUT-02");
    assertThat(r.reason())
        .isEqualTo("Met: 2 items accepted as valid, authentic, current and reliable (2 needed).");
    assertThat(r.evidenceIds()).containsExactly("E1", "E2");
  }

  @Test
  void aKnowledgeItemIsMetWithOneCountingItem() {
    var criterion = knowledge("U1.K1");
    var out = Judge.run(criterion, evidence("E1").by("QUESTIONING").claims(criterion));

    CriterionResult r = out.one(CriterionResult.class);
    assertThat(r.outcome()).isEqualTo(Outcome.MET);
    assertThat(r.rule()).isEqualTo("OUT-02");
    assertThat(r.reason())
        .isEqualTo("Met: 1 item accepted as valid, authentic, current and reliable (1 needed).");
  }

  @Test
  void twoClaimsOfWhichOneIsInvalidOnlyPartlyMeetACriterion() {
    var criterion = performance("U1.P1");
    var out =
        Judge.run(
            criterion,
            evidence("E1").claims(criterion),
            evidence("E2").by("QUESTIONING").claims(criterion));

    CriterionResult r = out.one(CriterionResult.class);
    assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(r.rule()).isEqualTo("OUT-04");
    assertThat(r.evidenceIds()).containsExactly("E1");
  }

  @Test
  void theSameItemClaimedTwiceCountsOnce() {
    var criterion = performance("U1.P1");
    var item = evidence("E1");
    var out = Judge.run(criterion, item.claims(criterion), item.claims(criterion));

    CriterionResult r = out.one(CriterionResult.class);
    assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(r.rule()).isEqualTo("OUT-04");
  }

  @Test
  void aCriterionThatNeedsObservationIsMetWithEnoughCountingEvidenceIncludingADirectObservation() {
    var criterion = performanceNeedingObservation("U1.P1");
    var out =
        Judge.run(
            criterion,
            evidence("E1").by("DIRECT_OBSERVATION").claims(criterion),
            evidence("E2").claims(criterion));

    CriterionResult r = out.one(CriterionResult.class);
    assertThat(r.outcome()).isEqualTo(Outcome.MET);
    assertThat(r.rule()).isEqualTo("OUT-03");
    assertThat(r.reason())
        .isEqualTo(
            "Met: 2 items accepted, including the direct observation this criterion needs (2 needed).");
    assertThat(r.evidenceIds()).containsExactly("E1", "E2");
  }

  @Test
  void aDirectObservationAloneIsNotEnoughWhereTwoItemsAreNeeded() {
    var criterion = performanceNeedingObservation("U1.P1");
    var out = Judge.run(criterion, evidence("E1").by("DIRECT_OBSERVATION").claims(criterion));

    CriterionResult r = out.one(CriterionResult.class);
    assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(r.rule()).isEqualTo("OUT-04");
  }

  @Test
  void aCriterionWithFewerCountingItemsThanItNeedsIsPartlyMet() {
    var criterion = performance("U1.P1");
    var out = Judge.run(criterion, evidence("E1").claims(criterion));

    CriterionResult r = out.one(CriterionResult.class);
    assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(r.rule()).isEqualTo("OUT-04");
    assertThat(r.reason()).isEqualTo("Partly met: 1 item counts, but U1.P1 needs 2.");
    assertThat(r.evidenceIds()).containsExactly("E1");
  }

  @Test
  void aCriterionThatNeedsObservationIsPartlyMetUntilADirectObservationCounts() {
    var criterion = performanceNeedingObservation("U1.P1");
    var out =
        Judge.run(
            criterion,
            evidence("E1").claims(criterion),
            evidence("E2").by("WITNESS_TESTIMONY").claims(criterion));

    CriterionResult r = out.one(CriterionResult.class);
    assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(r.rule()).isEqualTo("OUT-05");
    assertThat(r.reason())
        .isEqualTo("Partly met: U1.P1 needs at least one direct observation by the assessor.");
    assertThat(r.evidenceIds()).containsExactly("E1", "E2");
  }

  @Test
  void aReferredObservationDoesNotSatisfyTheObservationRequirement() {
    var criterion = performanceNeedingObservation("U1.P1");
    var out =
        Judge.run(
            criterion,
            evidence("E1").by("DIRECT_OBSERVATION").referred().claims(criterion),
            evidence("E2").claims(criterion),
            evidence("E3").by("WITNESS_TESTIMONY").claims(criterion));

    CriterionResult r = out.one(CriterionResult.class);
    assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(r.rule()).isEqualTo("OUT-05");
    assertThat(r.evidenceIds()).containsExactly("E2", "E3");
  }

  @Test
  void aCriterionThatDoesNotNeedObservationIsMetWithoutOne() {
    var criterion = performance("U1.P1");
    var out =
        Judge.run(
            criterion,
            evidence("E1").claims(criterion),
            evidence("E2").by("WITNESS_TESTIMONY").claims(criterion));

    assertThat(out.one(CriterionResult.class).rule()).isNotEqualTo("OUT-05").isEqualTo("OUT-02");
  }

  @Test
  void aCriterionWhoseEvidenceDoesNotCountIsNotMet() {
    var criterion = performance("U1.P1");
    var out =
        Judge.run(
            criterion,
            evidence("E1").referred().claims(criterion),
            evidence("E2").pending().claims(criterion));

    CriterionResult r = out.one(CriterionResult.class);
    assertThat(r.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(r.rule()).isEqualTo("OUT-06");
    assertThat(r.reason())
        .isEqualTo("Not met: evidence is mapped to U1.P1 but none of it counts yet.");
    assertThat(r.evidenceIds()).containsExactly("E1", "E2");
  }

  @Test
  void oneCountingItemAmongItemsThatDoNotCountMakesACriterionPartlyMetNotNotMet() {
    var criterion = performance("U1.P1");
    var out =
        Judge.run(
            criterion,
            evidence("E1").referred().claims(criterion),
            evidence("E2").claims(criterion));

    CriterionResult r = out.one(CriterionResult.class);
    assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(r.rule()).isEqualTo("OUT-04");
    assertThat(r.evidenceIds()).containsExactly("E2");
  }
}
