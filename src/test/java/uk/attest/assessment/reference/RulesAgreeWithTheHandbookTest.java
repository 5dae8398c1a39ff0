package uk.attest.assessment.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import uk.attest.Shipped;
import uk.attest.assessment.EvidenceBundle;

/**
 * The rules and the reference evaluator, written apart from the same handbook definitions, must
 * reach the same assessment for every learner: each criterion's outcome and the rules behind it,
 * each unit, each rule of combination, readiness, progression, gaps and time to competency. When
 * they differ, one of them has misread the handbook.
 */
class RulesAgreeWithTheHandbookTest {
  private static final LocalDate ASSESSED_ON = Shipped.ASSESSED_ON;
  private static final LocalDate LEAP_DAY = LocalDate.of(2028, 2, 29);
  private static final ReferenceEvaluator REFERENCE = new ReferenceEvaluator(Shipped.CATALOGUE);

  @Property(tries = 2000, seed = "20261120", shrinking = ShrinkingMode.BOUNDED)
  void everyGeneratedLearnerIsAssessedAlikeByTheRulesAndByTheHandbook(
      @ForAll("learners") EvidenceBundle learner) {
    Verdicts rules = assertAgree(learner, ASSESSED_ON);
    // What the generated learners reach, so a generator that never reaches READY is noticed.
    Statistics.label("readiness")
        .collect(
            rules.lines().stream()
                .filter(l -> l.startsWith("readiness"))
                .findFirst()
                .orElseThrow()
                .replaceAll("readiness \\d+ ", ""));
    Statistics.label("items").collect(learner.evidence().size() / 20 * 20 + "+");
  }

  /**
   * On 29 February the window's edge falls on a day other months do not have: evidence from 28
   * February 36 months before is one day older than 36 months.
   */
  @Property(tries = 500, seed = "20280229", shrinking = ShrinkingMode.BOUNDED)
  void onALeapDayTheCurrencyWindowIsJudgedAlikeByTheRulesAndByTheHandbook(
      @ForAll("learnersOnALeapDay") EvidenceBundle learner) {
    assertAgree(learner, LEAP_DAY);
  }

  @Example
  void theShippedExamplesAreAssessedAlikeByTheRulesAndByTheHandbook() {
    for (String example : Learners.EXAMPLES) {
      assertAgree(Shipped.bundle(example), ASSESSED_ON);
    }
  }

  @Provide
  Arbitrary<EvidenceBundle> learners() {
    return new Learners(ASSESSED_ON).bundles();
  }

  @Provide
  Arbitrary<EvidenceBundle> learnersOnALeapDay() {
    return new Learners(LEAP_DAY).bundles();
  }

  static Verdicts assertAgree(EvidenceBundle learner, LocalDate on) {
    Verdicts rules = Verdicts.of(Shipped.ENGINE.assess(learner, on));
    Verdicts handbook = REFERENCE.assess(learner, on);
    assertThat(handbook.lines())
        .as(() -> Verdicts.difference(rules, handbook))
        .containsExactlyElementsOf(rules.lines());
    return rules;
  }
}
