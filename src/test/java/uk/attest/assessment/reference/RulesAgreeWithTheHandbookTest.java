package uk.attest.assessment.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
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
  private static final Pattern RULE_ID = Pattern.compile("\\b[A-Z]{2,4}-\\d{2}\\b");

  /** The rules whose decisions an assessment shows (the others feed them). */
  private static final List<String> VISIBLE_RULES =
      List.of(
          "VAL-01", "VAL-02", "AUT-01", "AUT-05", "CUR-02", "REL-01", "REL-02", "REL-03", "REL-04",
          "OUT-01", "OUT-02", "OUT-03", "OUT-04", "OUT-05", "OUT-06", "AC-01", "AC-02", "AC-03",
          "AC-04", "UNIT-01", "UNIT-02", "ROC-01", "ROC-02", "ROC-03", "ROC-04", "ROC-05", "ROC-06",
          "ROC-07", "ROC-08", "RDY-01", "RDY-02", "PRG-05", "GAP-01", "GAP-02", "TTC-02");

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
    // Every rule whose decision shows in an assessment must be reached by some learner.
    Set<String> decided = new TreeSet<>();
    rules.lines().forEach(l -> RULE_ID.matcher(l).results().forEach(m -> decided.add(m.group())));
    decided.forEach(rule -> Statistics.label("rules").collect(rule));
    Statistics.label("rules")
        .coverage(checker -> VISIBLE_RULES.forEach(r -> checker.check(r).count(n -> n > 0)));
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
