package uk.attest.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.attest.Shipped;
import uk.attest.assessment.Assessment.CriterionView;
import uk.attest.assessment.Assessment.Reason;
import uk.attest.assessment.EvidenceBundle.Decision;
import uk.attest.assessment.EvidenceBundle.EvidenceItem;
import uk.attest.catalogue.Method;
import uk.attest.shared.Uln;

/**
 * Handbook, two stages: a judgement covers the criteria claimed when it was made; a criterion
 * claimed since awaits an assessor, but the item stays the learner's own work.
 */
class ClaimsAfterAJudgementTest {

  @Test
  void aCriterionClaimedAfterTheJudgementAwaitsAnAssessorButTheItemStaysAuthentic() {
    Assessment a =
        assess(
            new Decision(
                Verdict.ACCEPTED,
                Shipped.CATALOGUE.policy().proficiency("Advanced").orElseThrow(),
                "ASR-01",
                true,
                true,
                Shipped.ASSESSED_ON,
                null,
                Set.of("ATTECL02.K1")));

    assertThat(rules(nos(a, "ATTECL02.K1"))).containsExactly("OUT-02");
    assertThat(rules(nos(a, "ATTECL02.K2"))).containsExactly("OUT-06", "REL-01");
  }

  @Test
  void withoutTheAssessorsCheckALaterClaimIsNotAuthenticEither() {
    Assessment a =
        assess(
            new Decision(
                Verdict.ACCEPTED,
                Shipped.CATALOGUE.policy().proficiency("Advanced").orElseThrow(),
                "ASR-01",
                true,
                false,
                Shipped.ASSESSED_ON,
                null,
                Set.of("ATTECL02.K1")));

    assertThat(rules(nos(a, "ATTECL02.K2")))
        .containsExactlyInAnyOrder("OUT-06", "AUT-05", "REL-01");
  }

  /** A product judged for K1, then also claimed for K2. */
  private static Assessment assess(Decision decision) {
    EvidenceItem item =
        new EvidenceItem(
            "EV-1",
            "Strategy paper",
            null,
            Method.PRODUCT,
            LocalDate.of(2026, 6, 1),
            List.of("ATTECL02.K1", "ATTECL02.K2"),
            true,
            null,
            decision);
    EvidenceBundle bundle =
        new EvidenceBundle(
            new EvidenceBundle.Learner(
                "LRN-1",
                "Learner",
                new Uln("6139042878"),
                "attest-l5-diploma-ecommerce-sales-leadership",
                "head-of-e-commerce-sales",
                LocalDate.of(2025, 1, 1),
                null),
            List.of(item));
    return Shipped.ENGINE.assess(bundle, Shipped.ASSESSED_ON);
  }

  private static CriterionView nos(Assessment a, String id) {
    return a.standards().stream()
        .flatMap(s -> s.criteria().stream())
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> rules(CriterionView c) {
    return c.reasons().stream().map(Reason::rule).toList();
  }
}
