package uk.attest.assessment.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.attest.assessment.drools.Judge.evidence;
import static uk.attest.assessment.drools.Judge.knowledge;
import static uk.attest.assessment.drools.Judge.performance;

import org.junit.jupiter.api.Test;
import uk.attest.assessment.facts.Aspect;
import uk.attest.assessment.facts.Finding;

/** Handbook, Valid: the right kind of evidence, at the level the standard asks. */
class ValidRulesTest {

  @Test
  void performanceCannotBeEvidencedByQuestioning() {
    var out = Judge.run(evidence("E1").by("QUESTIONING").claims(performance("U1.P1")));

    Finding f = out.one(Finding.class, x -> x.aspect() == Aspect.VALID);
    assertThat(f.passed()).isFalse();
    assertThat(f.rule()).isEqualTo("VAL-01");
    assertThat(f.reason()).contains("E1", "questioning", "U1.P1");
  }

  @Test
  void knowledgeMayBeEvidencedByQuestioning() {
    var out = Judge.run(evidence("E1").by("QUESTIONING").claims(knowledge("U1.K1")));

    assertThat(out.rules("E1", Aspect.VALID)).containsExactly("VAL-03");
    assertThat(out.passes("E1", Aspect.VALID)).isTrue();
  }

  @Test
  void evidenceShowingLessThanTheRequiredProficiencyIsNotValid() {
    var out = Judge.run(evidence("E1").showing(2, "Intermediate").claims(performance("U1.P1")));

    Finding f = out.one(Finding.class, x -> x.aspect() == Aspect.VALID);
    assertThat(f.rule()).isEqualTo("VAL-02");
    assertThat(f.passed()).isFalse();
    assertThat(f.reason()).isEqualTo("E1 shows Intermediate; U1.P1 needs Advanced.");
  }

  @Test
  void referredEvidenceShowingLessThanTheRequiredProficiencyIsNotValid() {
    var out = Judge.run(evidence("E1").referred().showing(1, "Basic").claims(performance("U1.P1")));

    Finding f = out.one(Finding.class, x -> x.aspect() == Aspect.VALID);
    assertThat(f.rule()).isEqualTo("VAL-02");
    assertThat(f.passed()).isFalse();
    assertThat(f.reason()).isEqualTo("E1 shows Basic; U1.P1 needs Advanced.");
  }

  @Test
  void evidenceAwaitingADecisionIsNotYetJudgedForItsProficiency() {
    var out = Judge.run(evidence("E1").pending().claims(performance("U1.P1")));

    assertThat(out.rules("E1", Aspect.VALID)).isEmpty();
  }

  @Test
  void evidenceAtExactlyTheRequiredProficiencyIsValid() {
    var out = Judge.run(evidence("E1").showing(3, "Advanced").claims(performance("U1.P1")));

    assertThat(out.rules("E1", Aspect.VALID)).containsExactly("VAL-03");
    assertThat(out.passes("E1", Aspect.VALID)).isTrue();
  }

  @Test
  void evidenceAboveTheRequiredProficiencyIsValid() {
    var out = Judge.run(evidence("E1").showing(4, "Expert").claims(performance("U1.P1")));

    assertThat(out.rules("E1", Aspect.VALID)).containsExactly("VAL-03");
  }
}
