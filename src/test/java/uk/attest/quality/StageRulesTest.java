package uk.attest.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.attest.quality.Plan.decision;

import org.junit.jupiter.api.Test;
import uk.attest.quality.facts.First;

/**
 * Handbook, internal quality assurance (interim and summative): a learner ready for certification
 * is about to be claimed for, so their picked decisions are sampled before interim ones.
 */
class StageRulesTest {

  @Test
  void summativeDecisionsAreSampledBeforeInterimOnes() {
    var out = Plan.run(decision("J1").by("asr_rhys", false).summative());

    assertThat(out.firsts()).extracting(First::judgementId).containsExactly("J1");
    assertThat(out.firsts().get(0).rule()).isEqualTo("QA-09");
    assertThat(out.firsts().get(0).reason())
        .isEqualTo(
            "Siân is ready for certification, so this summative decision is sampled before"
                + " interim ones.");
  }

  @Test
  void anInterimDecisionIsNotPutFirst() {
    var out = Plan.run(decision("J1").by("asr_rhys", false));

    assertThat(out.picked()).containsExactly("J1");
    assertThat(out.firsts()).isEmpty();
  }

  @Test
  void aSummativeDecisionNoRulePickedIsNotPutFirst() {
    var out = Plan.run(decision("J1").sampled(), decision("J2").summative().drawn(95));

    assertThat(out.picked()).doesNotContain("J2");
    assertThat(out.firsts()).isEmpty();
  }
}
