package uk.attest.assessment.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.attest.assessment.drools.Judge.evidence;
import static uk.attest.assessment.drools.Judge.performance;

import org.junit.jupiter.api.Test;
import uk.attest.assessment.facts.Aspect;
import uk.attest.assessment.facts.Finding;

/**
 * Handbook, Authentic: the learner's own work, shown by a learner declaration plus the assessor's
 * own observation, a named witness, or an assessor's authenticity check.
 */
class AuthenticRulesTest {

  @Test
  void evidenceWithoutTheLearnersDeclarationIsNotAuthentic() {
    var out = Judge.run(evidence("E1").withoutDeclaration().claims(performance("U1.P1")));

    Finding f = out.one(Finding.class, x -> x.aspect() == Aspect.AUTHENTIC);
    assertThat(f.passed()).isFalse();
    assertThat(f.rule()).isEqualTo("AUT-01");
    assertThat(f.reason())
        .isEqualTo("E1 has no learner declaration that it is the learner's own work.");
  }

  @Test
  void anObservationWithoutTheLearnersDeclarationIsStillNotAuthentic() {
    var out =
        Judge.run(
            evidence("E1")
                .by("DIRECT_OBSERVATION")
                .withoutDeclaration()
                .claims(performance("U1.P1")));

    assertThat(out.rules("E1", Aspect.AUTHENTIC)).containsExactly("AUT-01");
    assertThat(out.passes("E1", Aspect.AUTHENTIC)).isFalse();
  }

  @Test
  void aDeclaredItemIsNeverJudgedAsUndeclared() {
    var out = Judge.run(evidence("E1").claims(performance("U1.P1")));

    assertThat(out.rules("E1", Aspect.AUTHENTIC)).doesNotContain("AUT-01");
  }

  @Test
  void declaredEvidenceTheAssessorObservedIsAuthentic() {
    var out =
        Judge.run(
            evidence("E1").by("DIRECT_OBSERVATION").notChecked().claims(performance("U1.P1")));

    Finding f = out.one(Finding.class, x -> x.aspect() == Aspect.AUTHENTIC);
    assertThat(f.passed()).isTrue();
    assertThat(f.rule()).isEqualTo("AUT-02");
    assertThat(f.reason())
        .isEqualTo("E1 is declared by the learner and was observed by the assessor.");
  }

  @Test
  void declaredEvidenceConfirmedByANamedWitnessIsAuthentic() {
    var out =
        Judge.run(
            evidence("E1")
                .by("WITNESS_TESTIMONY")
                .witnessedBy("Priya Shah")
                .notChecked()
                .claims(performance("U1.P1")));

    Finding f = out.one(Finding.class, x -> x.aspect() == Aspect.AUTHENTIC);
    assertThat(f.passed()).isTrue();
    assertThat(f.rule()).isEqualTo("AUT-03");
    assertThat(f.reason()).isEqualTo("E1 is declared by the learner and confirmed by Priya Shah.");
  }

  @Test
  void aWitnessWithABlankNameIsNoNamedWitness() {
    var out =
        Judge.run(
            evidence("E1")
                .by("WITNESS_TESTIMONY")
                .witnessedBy("  ")
                .notChecked()
                .claims(performance("U1.P1")));

    assertThat(out.rules("E1", Aspect.AUTHENTIC)).containsExactly("AUT-05");
    assertThat(out.passes("E1", Aspect.AUTHENTIC)).isFalse();
  }

  @Test
  void declaredEvidenceTheAssessorHasCheckedIsAuthentic() {
    var out = Judge.run(evidence("E1").by("PRODUCT").claims(performance("U1.P1")));

    Finding f = out.one(Finding.class, x -> x.aspect() == Aspect.AUTHENTIC);
    assertThat(f.passed()).isTrue();
    assertThat(f.rule()).isEqualTo("AUT-04");
    assertThat(f.reason())
        .isEqualTo(
            "E1 is declared by the learner and its authenticity was checked by the assessor.");
  }

  @Test
  void anAssessorsCheckDoesNotMakeUpForAMissingDeclaration() {
    var out =
        Judge.run(evidence("E1").by("PRODUCT").withoutDeclaration().claims(performance("U1.P1")));

    assertThat(out.rules("E1", Aspect.AUTHENTIC)).containsExactly("AUT-01");
    assertThat(out.passes("E1", Aspect.AUTHENTIC)).isFalse();
  }

  @Test
  void declaredEvidenceWithNoObservationWitnessOrCheckIsNotAuthentic() {
    var out = Judge.run(evidence("E1").by("PRODUCT").notChecked().claims(performance("U1.P1")));

    Finding f = out.one(Finding.class, x -> x.aspect() == Aspect.AUTHENTIC);
    assertThat(f.passed()).isFalse();
    assertThat(f.rule()).isEqualTo("AUT-05");
    assertThat(f.reason())
        .isEqualTo(
            "E1 needs the assessor's observation, a named witness or an assessor's authenticity check.");
  }

  @Test
  void anUncheckedProductWithANamedWitnessIsAuthentic() {
    var out =
        Judge.run(
            evidence("E1")
                .by("PRODUCT")
                .witnessedBy("Priya Shah")
                .notChecked()
                .claims(performance("U1.P1")));

    assertThat(out.rules("E1", Aspect.AUTHENTIC)).containsExactly("AUT-03");
    assertThat(out.passes("E1", Aspect.AUTHENTIC)).isTrue();
  }

  @Test
  void evidenceBothObservedAndCheckedIsAuthenticOnEitherGround() {
    var out = Judge.run(evidence("E1").by("DIRECT_OBSERVATION").claims(performance("U1.P1")));

    assertThat(out.rules("E1", Aspect.AUTHENTIC)).containsExactly("AUT-02", "AUT-04");
    assertThat(out.passes("E1", Aspect.AUTHENTIC)).isTrue();
  }
}
