package uk.attest.assessment.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.attest.Shipped;
import uk.attest.assessment.EvidenceBundle;

/**
 * The rules and the reference evaluator, written apart from the same handbook definitions, must
 * reach the same assessment for every learner: each criterion's outcome and the rules behind it,
 * each unit, each rule of combination, readiness, progression, gaps and time to competency. When
 * they differ, one of them has misread the handbook.
 *
 * <p>Learner {@code i} of a run is generated from seed {@code base + i} alone, so a failure names
 * the seed that reproduces it: {@code new Learners(date).learner(seed)}.
 */
class RulesAgreeWithTheHandbookTest {
  private static final LocalDate ASSESSED_ON = Shipped.ASSESSED_ON;
  private static final LocalDate LEAP_DAY = LocalDate.of(2028, 2, 29);
  private static final Pattern RULE_ID = Pattern.compile("\\b[A-Z]{2,4}-\\d{2}\\b");

  /** After this many disagreements a run stops looking for a smaller one. */
  private static final int FAILURES_KEPT = 5;

  /** The rules whose decisions an assessment shows (the others feed them). */
  private static final List<String> VISIBLE_RULES =
      List.of(
          "VAL-01", "VAL-02", "AUT-01", "AUT-05", "CUR-02", "REL-01", "REL-02", "REL-03", "REL-04",
          "OUT-01", "OUT-02", "OUT-03", "OUT-04", "OUT-05", "OUT-06", "AC-01", "AC-02", "AC-03",
          "AC-04", "UNIT-01", "UNIT-02", "ROC-01", "ROC-02", "ROC-03", "ROC-04", "ROC-05", "ROC-06",
          "ROC-07", "ROC-08", "RDY-01", "RDY-02", "PRG-05", "GAP-01", "GAP-02", "TTC-02", "TTC-03");

  private static final ReferenceEvaluator REFERENCE = new ReferenceEvaluator(Shipped.CATALOGUE);

  @Test
  void everyGeneratedLearnerIsAssessedAlikeByTheRulesAndByTheHandbook() {
    List<Verdicts> assessed = assessAlike(ASSESSED_ON, 20261120L, 2000);

    // Every rule whose decision shows in an assessment must be reached by some learner, so a
    // generator that stops reaching one (READY, say) is noticed.
    Set<String> decided = new TreeSet<>();
    Map<String, Integer> readiness = new TreeMap<>();
    for (Verdicts v : assessed) {
      v.lines().forEach(l -> RULE_ID.matcher(l).results().forEach(m -> decided.add(m.group())));
      v.lines().stream()
          .filter(l -> l.startsWith("readiness"))
          .forEach(l -> readiness.merge(l.replaceAll("readiness \\d+ ", ""), 1, Integer::sum));
    }
    System.out.println("Generated learners' readiness: " + readiness);
    assertThat(decided).as("rules the generated learners reach").containsAll(VISIBLE_RULES);
  }

  /**
   * A trainee's acceptance counts once a qualified assessor countersigns it (REL-06, which shows in
   * no reason because it passes) and not before (REL-03): the learners must hold both, so the
   * agreement above covers countersigned and not countersigned items.
   */
  @Test
  void theGeneratedLearnersHoldTraineeAcceptancesCountersignedAndNot() {
    Learners learners = new Learners(ASSESSED_ON);
    Map<Boolean, Integer> trainees = new TreeMap<>();
    for (long seed = 20261120L; seed < 20261120L + 200; seed++) {
      for (var item : learners.learner(seed).evidence()) {
        var d = item.decision();
        if (d != null
            && d.verdict() == uk.attest.assessment.Verdict.ACCEPTED
            && !d.assessorQualified()) {
          trainees.merge(d.countersignedBy() != null, 1, Integer::sum);
        }
      }
    }
    assertThat(trainees).as("trainee acceptances, by countersigned").containsKeys(true, false);
  }

  /**
   * On 29 February the window's edge falls on a day other months do not have: evidence from 28
   * February 36 months before is one day older than 36 months.
   */
  @Test
  void onALeapDayTheCurrencyWindowIsJudgedAlikeByTheRulesAndByTheHandbook() {
    assessAlike(LEAP_DAY, 20280229L, 500);
  }

  @Test
  void theShippedExamplesAreAssessedAlikeByTheRulesAndByTheHandbook() {
    for (String example : Learners.EXAMPLES) {
      Verdicts rules = Verdicts.of(Shipped.ENGINE.assess(Shipped.bundle(example), ASSESSED_ON));
      Verdicts handbook = REFERENCE.assess(Shipped.bundle(example), ASSESSED_ON);
      assertThat(handbook.lines())
          .as(() -> example + ": " + Verdicts.difference(rules, handbook))
          .containsExactlyElementsOf(rules.lines());
    }
  }

  private record Disagreement(long seed, int index, EvidenceBundle learner, String difference) {
    String describe(LocalDate on) {
      return "learner %d (seed %d, %d items, assessed on %s): %s"
          .formatted(index, seed, learner.evidence().size(), on, difference);
    }
  }

  /**
   * Assesses {@code count} learners, seeds {@code base} onwards, both ways; fails naming the first
   * disagreement's seed and, of the first few, the one with fewest items.
   */
  private static List<Verdicts> assessAlike(LocalDate on, long base, int count) {
    Learners learners = new Learners(on);
    List<Verdicts> assessed = new ArrayList<>();
    List<Disagreement> failures = new ArrayList<>();
    int[] items = new int[4];
    for (int i = 0; i < count && failures.size() < FAILURES_KEPT; i++) {
      long seed = base + i;
      EvidenceBundle learner = learners.learner(seed);
      items[Math.min(3, learner.evidence().size() / 20)]++;
      Verdicts rules = Verdicts.of(Shipped.ENGINE.assess(learner, on));
      Verdicts handbook = REFERENCE.assess(learner, on);
      if (!handbook.lines().equals(rules.lines())) {
        failures.add(new Disagreement(seed, i, learner, Verdicts.difference(rules, handbook)));
      }
      assessed.add(rules);
    }
    if (!failures.isEmpty()) {
      Disagreement first = failures.get(0);
      Disagreement smallest =
          failures.stream()
              .min(Comparator.comparingInt(d -> d.learner().evidence().size()))
              .orElseThrow();
      fail(
          "%d of the first %d learners are assessed differently (reproduce one with new"
              + " Learners(LocalDate.parse(\"%s\")).learner(seed)).%nFirst: %s%nSmallest"
              + " found: %s%n%s",
          failures.size(),
          assessed.size(),
          on,
          first.describe(on),
          smallest.describe(on),
          smallest.learner());
    }
    System.out.printf(
        "%d learners on %s agree; items 0-19: %d, 20-39: %d, 40-59: %d, 60: %d%n",
        count, on, items[0], items[1], items[2], items[3]);
    return assessed;
  }
}
