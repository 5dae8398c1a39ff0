package uk.attest.assessment.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.attest.assessment.drools.Judge.evidence;
import static uk.attest.assessment.drools.Judge.knowledge;
import static uk.attest.assessment.drools.Judge.performance;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.attest.assessment.facts.Aspect;
import uk.attest.assessment.facts.CompetencyCriterion;
import uk.attest.assessment.facts.CompetencyEvidence;
import uk.attest.assessment.facts.CompetencyFact;
import uk.attest.assessment.facts.CompetencyLevel;
import uk.attest.assessment.facts.Counted;
import uk.attest.assessment.facts.Progression;
import uk.attest.assessment.facts.RoleFact;

/**
 * Handbook, career progression: a competency is demonstrated at the highest proficiency an assessor
 * accepted on evidence mapped to its NOS criteria; the score is the mean over the next role's
 * competencies of min(demonstrated ÷ required, 1), × 100.
 */
class ProgressionRulesTest {

  private static final String NEXT = "DDC-L6";

  private static CompetencyFact competency(
      String id, String name, int required, String requiredName) {
    return new CompetencyFact(NEXT, id, name, required, requiredName, Set.of("N1.P1"));
  }

  /** The next role's competency C1, evidenced by criterion N1.P1. */
  private static final CompetencyCriterion C1_ON_P1 = new CompetencyCriterion(NEXT, "C1", "N1.P1");

  private static CompetencyEvidence shown(String competencyId, String evidenceId, int proficiency) {
    return new CompetencyEvidence(NEXT, competencyId, evidenceId, proficiency);
  }

  @Test
  void acceptedAuthenticCurrentAndReliableEvidenceDemonstratesTheProficiencyItShows() {
    var out = Judge.run(C1_ON_P1, evidence("E1").showing(4, "Expert").claims(performance("N1.P1")));

    assertThat(out.all(CompetencyEvidence.class))
        .as("PRG-01")
        .containsExactly(shown("C1", "E1", 4));
  }

  @Test
  void evidenceBelowTheCriterionsRequiredProficiencyStillDemonstratesWhatItShows() {
    var out =
        Judge.run(C1_ON_P1, evidence("E1").showing(2, "Intermediate").claims(performance("N1.P1")));

    assertThat(out.rules("E1", Aspect.VALID)).containsExactly("VAL-02");
    assertThat(out.all(Counted.class)).isEmpty();
    assertThat(out.all(CompetencyEvidence.class))
        .as("PRG-01")
        .containsExactly(shown("C1", "E1", 2));
  }

  @Test
  void referredEvidenceDemonstratesNothing() {
    var out =
        Judge.run(
            C1_ON_P1, evidence("E1").showing(4, "Expert").referred().claims(performance("N1.P1")));

    assertThat(out.all(CompetencyEvidence.class)).as("PRG-01").isEmpty();
  }

  @Test
  void evidenceThatIsNotAuthenticDemonstratesNothing() {
    var out = Judge.run(C1_ON_P1, evidence("E1").notChecked().claims(performance("N1.P1")));

    assertThat(out.all(CompetencyEvidence.class)).as("PRG-01").isEmpty();
  }

  @Test
  void evidenceOlderThanTheCurrencyWindowDemonstratesNothing() {
    var out = Judge.run(C1_ON_P1, evidence("E1").monthsAgo(40).claims(performance("N1.P1")));

    assertThat(out.all(CompetencyEvidence.class)).as("PRG-01").isEmpty();
  }

  @Test
  void selfAssessedEvidenceDemonstratesNothing() {
    var out =
        Judge.run(
            C1_ON_P1, evidence("E1").acceptedBy(Judge.LEARNER, true).claims(performance("N1.P1")));

    assertThat(out.all(CompetencyEvidence.class)).as("PRG-01").isEmpty();
  }

  @Test
  void whatIsDemonstratedOnACriterionCountsForEveryCompetencyThatCriterionEvidences() {
    var out =
        Judge.run(
            C1_ON_P1,
            new CompetencyCriterion("HEC-L5", "C7", "N1.P1"),
            new CompetencyCriterion(NEXT, "C2", "N1.P2"),
            evidence("E1").showing(3, "Advanced").claims(performance("N1.P1")));

    assertThat(out.all(CompetencyEvidence.class))
        .as("PRG-01")
        .containsExactlyInAnyOrder(
            new CompetencyEvidence(NEXT, "C1", "E1", 3),
            new CompetencyEvidence("HEC-L5", "C7", "E1", 3));
  }

  @Test
  void aCompetencyIsDemonstratedAtTheHighestProficiencyShownOnItsCriteria() {
    var out =
        Judge.run(
            competency("C1", "Data-driven decision making", 4, "Expert"),
            shown("C1", "E1", 2),
            shown("C1", "E2", 3),
            shown("C1", "E3", 3));

    CompetencyLevel l = out.one(CompetencyLevel.class);
    assertThat(l.rule()).isEqualTo("PRG-03");
    assertThat(l.required()).isEqualTo(4);
    assertThat(l.demonstrated()).isEqualTo(3);
    assertThat(l.ratio()).isEqualTo(0.75);
    assertThat(l.reason())
        .isEqualTo("Data-driven decision making: Advanced shown (Expert required).");
    assertThat(l.evidenceIds()).containsExactly("E2", "E3");
  }

  @Test
  void aCompetencyShownAboveItsRequiredProficiencyIsFullyMet() {
    var out =
        Judge.run(
            competency("C1", "Data-driven decision making", 3, "Advanced"), shown("C1", "E1", 5));

    CompetencyLevel l = out.one(CompetencyLevel.class);
    assertThat(l.rule()).isEqualTo("PRG-03");
    assertThat(l.ratio()).isEqualTo(1.0);
    assertThat(l.reason())
        .isEqualTo("Data-driven decision making: Strategic shown (Advanced required).");
  }

  @Test
  void aCompetencyWithNoAcceptedEvidenceIsNotYetDemonstrated() {
    var out = Judge.run(competency("C1", "Data-driven decision making", 4, "Expert"));

    CompetencyLevel l = out.one(CompetencyLevel.class);
    assertThat(l.rule()).isEqualTo("PRG-04");
    assertThat(l.demonstrated()).isZero();
    assertThat(l.ratio()).isZero();
    assertThat(l.reason())
        .isEqualTo("Data-driven decision making: no accepted evidence yet (Expert required).");
    assertThat(l.evidenceIds()).isEmpty();
  }

  @Test
  void evidenceForTheSameCompetencyOfAnotherRoleDoesNotDemonstrateThisOne() {
    var out =
        Judge.run(
            competency("C1", "Data-driven decision making", 4, "Expert"),
            new CompetencyEvidence("HEC-L5", "C1", "E1", 4));

    assertThat(out.one(CompetencyLevel.class).rule()).isNotEqualTo("PRG-03").isEqualTo("PRG-04");
  }

  @Test
  void aCompetencyWithAnyAcceptedEvidenceIsDemonstrated() {
    var out =
        Judge.run(
            competency("C1", "Data-driven decision making", 4, "Expert"), shown("C1", "E1", 1));

    CompetencyLevel l = out.one(CompetencyLevel.class);
    assertThat(l.rule()).isNotEqualTo("PRG-04").isEqualTo("PRG-03");
    assertThat(l.reason()).isEqualTo("Data-driven decision making: Basic shown (Expert required).");
  }

  @Test
  void careerProgressionIsTheMeanReadinessAcrossTheNextRolesCompetencies() {
    // C1: Advanced (3) of Expert (4) = 0.75; C2: Expert (4) of Advanced (3), capped at 1;
    // C3: nothing of Expert = 0. Mean (0.75 + 1 + 0) ÷ 3 = 0.5833…, × 100 = 58.
    var out =
        Judge.run(
            new RoleFact(NEXT, "Director of Digital Commerce", true, 3),
            competency("C1", "Data-driven decision making", 4, "Expert"),
            competency("C2", "Marketplace strategy", 3, "Advanced"),
            competency("C3", "Commercial leadership", 4, "Expert"),
            shown("C1", "E1", 3),
            shown("C2", "E2", 4));

    Progression p = out.one(Progression.class);
    assertThat(p)
        .isEqualTo(
            new Progression(
                NEXT,
                58,
                "PRG-05",
                "Ready for 58% of what Director of Digital Commerce requires, across its 3 competencies."));
  }

  @Test
  void theProgressionScoreIsRoundedDownSo100MeansNoGap() {
    // (3 ÷ 4 + 2 ÷ 4) ÷ 2 = 0.625, × 100 = 62.5, rounded down to 62.
    var out =
        Judge.run(
            new RoleFact(NEXT, "Director of Digital Commerce", true, 2),
            competency("C1", "Data-driven decision making", 4, "Expert"),
            competency("C2", "Marketplace strategy", 4, "Expert"),
            shown("C1", "E1", 3),
            shown("C2", "E2", 2));

    assertThat(out.one(Progression.class).score()).isEqualTo(62);
  }

  @Test
  void theCurrentRoleHasNoProgressionScore() {
    var out =
        Judge.run(
            new RoleFact(NEXT, "Director of Digital Commerce", false, 1),
            competency("C1", "Data-driven decision making", 4, "Expert"),
            shown("C1", "E1", 3));

    assertThat(out.all(CompetencyLevel.class)).hasSize(1);
    assertThat(out.all(Progression.class)).isEmpty();
  }

  @Test
  void progressionWaitsUntilEveryCompetencyOfTheNextRoleHasALevel() {
    var out =
        Judge.run(
            new RoleFact(NEXT, "Director of Digital Commerce", true, 3),
            competency("C1", "Data-driven decision making", 4, "Expert"),
            competency("C2", "Marketplace strategy", 3, "Advanced"),
            shown("C1", "E1", 4));

    assertThat(out.all(Progression.class)).isEmpty();
  }

  @Test
  void evidenceFlowsFromTheClaimToTheProgressionScore() {
    // N1.P1 evidences C1 (Expert): E1 shows Advanced, 3 ÷ 4 = 0.75. N1.K1 evidences C2 (Advanced):
    // E2 shows Advanced, 1. Mean 0.875, × 100 = 87.5, rounded half up to 88.
    var p1 = performance("N1.P1");
    var k1 = knowledge("N1.K1");
    var out =
        Judge.run(
            new RoleFact(NEXT, "Director of Digital Commerce", true, 2),
            new CompetencyFact(
                NEXT, "C1", "Data-driven decision making", 4, "Expert", Set.of("N1.P1")),
            new CompetencyFact(NEXT, "C2", "Marketplace strategy", 3, "Advanced", Set.of("N1.K1")),
            new CompetencyCriterion(NEXT, "C1", "N1.P1"),
            new CompetencyCriterion(NEXT, "C2", "N1.K1"),
            evidence("E1").claims(p1),
            evidence("E2").by("QUESTIONING").claims(k1));

    assertThat(out.one(CompetencyLevel.class, l -> l.competencyId().equals("C1")).ratio())
        .isCloseTo(0.75, within(1e-9));
    Progression p = out.one(Progression.class);
    assertThat(p.rule()).isEqualTo("PRG-05");
    // (0.75 + 1) ÷ 2 = 0.875, × 100 = 87.5, rounded down to 87.
    assertThat(p.score()).isEqualTo(87);
  }
}
