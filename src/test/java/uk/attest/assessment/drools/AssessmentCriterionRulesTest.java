package uk.attest.assessment.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.attest.assessment.drools.Judge.evidence;
import static uk.attest.assessment.drools.Judge.knowledge;
import static uk.attest.assessment.drools.Judge.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.attest.assessment.facts.AcFact;
import uk.attest.assessment.facts.AcResult;
import uk.attest.assessment.facts.AcTally;
import uk.attest.assessment.facts.CriterionResult;
import uk.attest.assessment.facts.Outcome;

/**
 * Handbook, units built from NOS: an assessment criterion is met through the NOS criteria it maps
 * to, so one piece of evidence counts for both the standard and the qualification.
 */
class AssessmentCriterionRulesTest {

  private static final AcFact AC = new AcFact("U1/1.1", "U1", List.of("N1.P1", "N1.P2"), 2.5);

  /** The assessment criterion, its mappings and the given outcomes of the NOS criteria. */
  private static Judge.Output judge(AcFact ac, CriterionResult... results) {
    List<Object> facts = new ArrayList<>();
    facts.add(ac);
    facts.addAll(ac.mappings());
    facts.addAll(List.of(results));
    return Judge.run(facts.toArray());
  }

  private static CriterionResult result(
      String criterionId, Outcome outcome, String... evidenceIds) {
    return new CriterionResult(criterionId, outcome, "TEST", "given", Set.of(evidenceIds));
  }

  @Test
  void anAssessmentCriterionSeesTheOutcomeOfEachNosCriterionItMapsTo() {
    CriterionResult p1 = result("N1.P1", Outcome.MET, "E1", "E2");
    CriterionResult p2 = result("N1.P2", Outcome.PARTIAL, "E3");
    var out = judge(AC, p1, p2);

    AcTally t = out.one(AcTally.class);
    assertThat(t.outcomes()).as("TAL-03").containsExactlyInAnyOrder(p1, p2);
    assertThat(t.evidenceIds()).containsExactly("E1", "E2", "E3");
    assertThat(t.stillToDo()).isEqualTo("N1.P2 (partly met)");
  }

  @Test
  void anAssessmentCriterionDoesNotSeeNosCriteriaItDoesNotMapTo() {
    var out =
        judge(
            AC,
            result("N1.P1", Outcome.MET, "E1"),
            result("N1.P2", Outcome.MET, "E2"),
            result("N9.P9", Outcome.MET, "E9"));

    assertThat(out.one(AcTally.class).outcomes())
        .as("TAL-03")
        .extracting(CriterionResult::criterionId)
        .containsExactlyInAnyOrder("N1.P1", "N1.P2");
    assertThat(out.one(AcResult.class).evidenceIds()).containsExactly("E1", "E2");
  }

  @Test
  void anAssessmentCriterionWaitsUntilEveryNosCriterionItMapsToIsJudged() {
    var out = judge(AC, result("N1.P1", Outcome.MET, "E1"));

    assertThat(out.all(AcTally.class)).as("TAL-03 waits for every mapped outcome").isEmpty();
    assertThat(out.all(AcResult.class)).isEmpty();
  }

  @Test
  void theMappedOutcomesAreAddedUpOnceAllAreKnown() {
    AcFact ac = new AcFact("U1/1.2", "U1", List.of("N1.P1", "N1.P2", "N1.P3", "N1.P4"), 1.0);
    var out =
        judge(
            ac,
            result("N1.P1", Outcome.MET, "E1"),
            result("N1.P2", Outcome.PARTIAL, "E2"),
            result("N1.P3", Outcome.NOT_MET),
            result("N1.P4", Outcome.NOT_STARTED));

    AcTally t = out.one(AcTally.class);
    assertThat(t.rule()).isEqualTo("TAL-03");
    assertThat(List.of(t.met(), t.partlyMet(), t.notMet(), t.notStarted()))
        .containsExactly(1, 1, 1, 1);
    assertThat(out.one(AcResult.class).rule()).isEqualTo("AC-04");
  }

  @Test
  void anAssessmentCriterionIsMetWhenEveryNosCriterionItMapsToIsMet() {
    var out =
        judge(
            AC, result("N1.P1", Outcome.MET, "E1", "E2"), result("N1.P2", Outcome.MET, "E2", "E3"));

    AcResult r = out.one(AcResult.class);
    assertThat(r.outcome()).isEqualTo(Outcome.MET);
    assertThat(r.rule()).isEqualTo("AC-01");
    assertThat(r.reason()).isEqualTo("Met: every NOS criterion it maps to is met (N1.P1, N1.P2).");
    assertThat(r.evidenceIds()).containsExactly("E1", "E2", "E3");
    assertThat(r.unitId()).isEqualTo("U1");
    assertThat(r.glhShare()).isEqualTo(2.5);
  }

  @Test
  void anAssessmentCriterionWithOneNosCriterionOnlyPartlyMetIsNotMet() {
    var out = judge(AC, result("N1.P1", Outcome.MET, "E1"), result("N1.P2", Outcome.PARTIAL, "E2"));

    AcResult r = out.one(AcResult.class);
    assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(r.rule()).isNotEqualTo("AC-01").isEqualTo("AC-04");
  }

  @Test
  void anAssessmentCriterionIsNotStartedWhileNoneOfItsNosCriteriaHasEvidence() {
    var out = judge(AC, result("N1.P1", Outcome.NOT_STARTED), result("N1.P2", Outcome.NOT_STARTED));

    AcResult r = out.one(AcResult.class);
    assertThat(r.outcome()).isEqualTo(Outcome.NOT_STARTED);
    assertThat(r.rule()).isEqualTo("AC-02");
    assertThat(r.reason()).isEqualTo("Not started: no evidence is mapped to N1.P1, N1.P2.");
    assertThat(r.evidenceIds()).isEmpty();
  }

  @Test
  void anAssessmentCriterionWithOneNosCriterionNotMetAndTheOtherNotStartedIsNotMet() {
    var out =
        judge(AC, result("N1.P1", Outcome.NOT_MET, "E1"), result("N1.P2", Outcome.NOT_STARTED));

    AcResult r = out.one(AcResult.class);
    assertThat(r.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(r.rule()).isNotEqualTo("AC-02").isEqualTo("AC-03");
    assertThat(r.reason()).isEqualTo("Not met: N1.P1 (not met), N1.P2 (not started) still to do.");
    assertThat(r.evidenceIds()).containsExactly("E1");
  }

  @Test
  void anAssessmentCriterionIsNotMetWhenItsNosCriteriaHaveEvidenceButNoneIsMetOrPartlyMet() {
    var out =
        judge(AC, result("N1.P1", Outcome.NOT_MET, "E1"), result("N1.P2", Outcome.NOT_MET, "E2"));

    AcResult r = out.one(AcResult.class);
    assertThat(r.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(r.rule()).isEqualTo("AC-03");
    assertThat(r.reason()).isEqualTo("Not met: N1.P1 (not met), N1.P2 (not met) still to do.");
    assertThat(r.evidenceIds()).containsExactly("E1", "E2");
  }

  @Test
  void anAssessmentCriterionWithOneNosCriterionPartlyMetIsPartlyMetNotNotMet() {
    var out =
        judge(AC, result("N1.P1", Outcome.NOT_MET, "E1"), result("N1.P2", Outcome.PARTIAL, "E2"));

    AcResult r = out.one(AcResult.class);
    assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(r.rule()).isNotEqualTo("AC-03").isEqualTo("AC-04");
    assertThat(r.reason())
        .isEqualTo("Partly met: N1.P1 (not met), N1.P2 (partly met) still to do.");
  }

  @Test
  void anAssessmentCriterionIsPartlyMetWhileSomeButNotAllOfItsNosCriteriaAreMet() {
    var out =
        judge(AC, result("N1.P1", Outcome.MET, "E1", "E2"), result("N1.P2", Outcome.NOT_STARTED));

    AcResult r = out.one(AcResult.class);
    assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(r.rule()).isEqualTo("AC-04");
    assertThat(r.reason()).isEqualTo("Partly met: N1.P2 (not started) still to do.");
    assertThat(r.evidenceIds()).containsExactly("E1", "E2");
  }

  @Test
  void anAssessmentCriterionWithAllItsNosCriteriaPartlyMetIsPartlyMet() {
    var out =
        judge(AC, result("N1.P1", Outcome.PARTIAL, "E1"), result("N1.P2", Outcome.PARTIAL, "E2"));

    AcResult r = out.one(AcResult.class);
    assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(r.rule()).isEqualTo("AC-04");
  }

  @Test
  void oneItemOfEvidenceCountsForTheStandardAndTheQualification() {
    var p1 = performance("N1.P1");
    var k1 = knowledge("N1.K1");
    var ac = new AcFact("U1/1.1", "U1", List.of("N1.P1", "N1.K1"), 2.5);
    List<Object> facts = new ArrayList<>(List.of(p1, k1, ac));
    facts.addAll(ac.mappings());
    facts.add(evidence("E1").by("PROFESSIONAL_DISCUSSION").claims(p1));
    facts.add(evidence("E1").by("PROFESSIONAL_DISCUSSION").claims(k1));
    facts.add(evidence("E2").by("DIRECT_OBSERVATION").claims(p1));
    var out = Judge.run(facts.toArray());

    assertThat(out.all(CriterionResult.class))
        .extracting(CriterionResult::rule)
        .containsOnly("OUT-02");
    AcResult r = out.one(AcResult.class);
    assertThat(r.outcome()).isEqualTo(Outcome.MET);
    assertThat(r.rule()).isEqualTo("AC-01");
    assertThat(r.evidenceIds()).containsExactly("E1", "E2");
  }
}
