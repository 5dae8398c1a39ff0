package uk.attest.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.attest.Shipped;
import uk.attest.assessment.Verdict;
import uk.attest.catalogue.Method;
import uk.attest.evidence.CentreDecisions.Decision;
import uk.attest.evidence.CentreDecisions.Records;
import uk.attest.evidence.Judgement;
import uk.attest.evidence.Sample;
import uk.attest.evidence.SampleOutcome;
import uk.attest.learners.People.Assessor;
import uk.attest.learners.People.Centre;
import uk.attest.learners.People.Learner;
import uk.attest.quality.SamplingPlan.CoverageRow;
import uk.attest.quality.SamplingPlan.PlannedSample;
import uk.attest.quality.SamplingPlan.Reason;

/**
 * A centre's plan from its records, with the shipped policy (standard 20%, twelve months) and
 * rules: what is picked, that the same records always give the same plan, and the coverage.
 */
class SamplingPlannerTest {
  static final String L5 = "attest-l5-diploma-ecommerce-sales-leadership";
  static final OffsetDateTime CREATED = OffsetDateTime.of(2025, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);
  static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  static final LocalDate TO = LocalDate.of(2026, 12, 31);
  static final Centre CENTRE = new Centre("ctr_1", "Coleg Demo", CREATED);
  static final Assessor GWEN = new Assessor("asr_gwen", "ctr_1", "Gwen", true, CREATED);
  static final Assessor RHYS = new Assessor("asr_rhys", "ctr_1", "Rhys (trainee)", false, CREATED);
  static final Learner SIAN = new Learner("lrn_sian", "ctr_1", "Siân", "0000000042", CREATED);

  final SamplingPlanner planner =
      new SamplingPlanner(
          uk.attest.assessment.drools.DroolsRuleBook.load(
              java.nio.file.Path.of("rules"), "quality"),
          Shipped.CATALOGUE,
          ZoneOffset.UTC);

  static Decision decision(
      String id, Assessor by, Method method, LocalDate on, String criterion, Sample... samples) {
    return new Decision(
        new Judgement(
            id,
            "ev_" + id,
            Verdict.ACCEPTED,
            "Advanced",
            null,
            by.id(),
            by.qualified(),
            true,
            on.atTime(12, 0).atOffset(ZoneOffset.UTC),
            null,
            List.of(criterion)),
        "Item " + id,
        method,
        SIAN,
        L5,
        "NOT_READY",
        List.of(samples));
  }

  static Sample sample(String judgementId, SampleOutcome outcome, LocalDate on) {
    return new Sample(
        "smp_" + judgementId,
        "ev_" + judgementId,
        judgementId,
        "acc_iqa",
        "Ffion",
        outcome,
        "noted",
        on.atTime(15, 0).atOffset(ZoneOffset.UTC));
  }

  /** Twelve decisions of Gwen's on the diploma before the period: she is experienced in it. */
  static List<Decision> gwensEarlierDecisions() {
    List<Decision> out = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      out.add(decision("old" + i, GWEN, Method.PRODUCT, LocalDate.of(2025, 3, 1), "ATTECL02.P1"));
    }
    return out;
  }

  static Records records(List<Decision> decisions) {
    return new Records(CENTRE, List.of(GWEN, RHYS), decisions);
  }

  @Test
  void everyDecisionOfTheTraineeIsPickedWithItsReason() {
    List<Decision> decisions = new ArrayList<>(gwensEarlierDecisions());
    decisions.add(
        decision("t1", RHYS, Method.QUESTIONING, LocalDate.of(2026, 6, 10), "ATTECL03.K1"));
    decisions.add(decision("t2", RHYS, Method.PRODUCT, LocalDate.of(2026, 7, 1), "ATTECL03.P1"));

    SamplingPlan plan = planner.plan(records(decisions), FROM, TO);

    assertThat(plan.decisions()).isEqualTo(2);
    assertThat(plan.picks())
        .filteredOn(p -> p.assessorId().equals("asr_rhys"))
        .extracting(PlannedSample::judgementId)
        .containsExactlyInAnyOrder("t1", "t2");
    assertThat(plan.picks())
        .allSatisfy(
            p ->
                assertThat(p.reasons())
                    .contains(
                        new Reason(
                            "QA-01",
                            "Rhys (trainee) is a trainee assessor, so every one of their decisions"
                                + " is sampled.")));
  }

  @Test
  void aRateOfTwentyPercentPicksTheDecisionsDrawnBelowTwentyEveryTime() {
    List<Decision> decisions = new ArrayList<>(gwensEarlierDecisions());
    for (int i = 0; i < 300; i++) {
      decisions.add(
          decision("j" + i, GWEN, Method.PRODUCT, LocalDate.of(2026, 2, 1), "ATTECL02.P1"));
    }
    // One of each is sampled already, so the picks are the risk rule's alone.
    decisions.add(
        decision(
            "seen",
            GWEN,
            Method.PRODUCT,
            LocalDate.of(2026, 2, 1),
            "ATTECL02.P1",
            sample("seen", SampleOutcome.AGREED, LocalDate.of(2026, 2, 2))));

    SamplingPlan plan = planner.plan(records(decisions), FROM, TO);
    List<Decision> shuffled = new ArrayList<>(decisions);
    Collections.shuffle(shuffled, new Random(7));
    SamplingPlan again = planner.plan(records(shuffled), FROM, TO);

    assertThat(again).isEqualTo(plan);
    List<String> standard =
        plan.picks().stream()
            .filter(p -> p.reasons().stream().anyMatch(r -> r.rule().equals("QA-04")))
            .map(PlannedSample::judgementId)
            .toList();
    List<String> drawnBelowTwenty =
        decisions.stream()
            .map(d -> d.judgement().id())
            .filter(id -> !id.startsWith("old"))
            .filter(id -> Draw.of(id) < 20)
            .toList();
    assertThat(standard).containsExactlyInAnyOrderElementsOf(drawnBelowTwenty);
    assertThat(standard.size()).isBetween(40, 80); // 20% of 301 is 60
    assertThat(plan.picks()).allSatisfy(p -> assertThat(p.draw()).isLessThan(20));
  }

  @Test
  void anAssessorWhoseSampledWorkOftenNeededActionIsSampledMore() {
    List<Decision> decisions = new ArrayList<>(gwensEarlierDecisions());
    for (int i = 0; i < 3; i++) {
      String id = "fix" + i;
      decisions.add(
          decision(
              id,
              GWEN,
              Method.PRODUCT,
              LocalDate.of(2025, 6, 1),
              "ATTECL02.P1",
              sample(id, SampleOutcome.ACTION_REQUIRED, LocalDate.of(2025, 6, 2))));
    }
    for (int i = 0; i < 100; i++) {
      decisions.add(
          decision("j" + i, GWEN, Method.PRODUCT, LocalDate.of(2026, 2, 1), "ATTECL02.P1"));
    }

    SamplingPlan plan = planner.plan(records(decisions), FROM, TO);

    assertThat(plan.picks())
        .filteredOn(p -> p.reasons().stream().anyMatch(r -> r.rule().equals("QA-03")))
        .hasSizeGreaterThan(30)
        .allSatisfy(p -> assertThat(p.draw()).isLessThan(50));
    assertThat(plan.picks())
        .noneMatch(p -> p.reasons().stream().anyMatch(r -> r.rule().equals("QA-04")));
  }

  @Test
  void coverageCountsTheDecisionsSampledPerAssessorStandardMethodAndStage() {
    List<Decision> decisions = new ArrayList<>(gwensEarlierDecisions());
    LocalDate june = LocalDate.of(2026, 6, 1);
    decisions.add(
        decision(
            "a",
            GWEN,
            Method.DIRECT_OBSERVATION,
            june,
            "ATTECL02.P1",
            sample("a", SampleOutcome.AGREED, june)));
    decisions.add(decision("b", GWEN, Method.PRODUCT, june, "ATTECL02.P2"));
    decisions.add(decision("c", GWEN, Method.PRODUCT, june, "ATTECL03.P1"));
    decisions.add(decision("d", RHYS, Method.QUESTIONING, june, "ATTECL03.K1"));
    // Sampled after the period's end: not yet sampled as the plan sees it.
    decisions.add(
        decision(
            "e",
            RHYS,
            Method.QUESTIONING,
            june,
            "ATTECL03.K2",
            sample("e", SampleOutcome.AGREED, LocalDate.of(2027, 1, 5))));

    SamplingPlan plan = planner.plan(records(decisions), FROM, TO);

    assertThat(plan.coverage().assessors())
        .extracting(CoverageRow::name, CoverageRow::decisions, CoverageRow::sampled)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Gwen", 3, 1),
            org.assertj.core.groups.Tuple.tuple("Rhys (trainee)", 2, 0));
    assertThat(plan.coverage().standards())
        .extracting(
            CoverageRow::key,
            CoverageRow::decisions,
            CoverageRow::sampled,
            CoverageRow::percentSampled)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ATTECL02", 2, 1, 50),
            org.assertj.core.groups.Tuple.tuple("ATTECL03", 3, 0, 0));
    assertThat(plan.coverage().methods())
        .extracting(CoverageRow::key, CoverageRow::sampled)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("DIRECT_OBSERVATION", 1),
            org.assertj.core.groups.Tuple.tuple("PRODUCT", 0),
            org.assertj.core.groups.Tuple.tuple("QUESTIONING", 0));
    assertThat(plan.coverage().stages())
        .extracting(CoverageRow::name, CoverageRow::decisions)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Interim", 5));
    assertThat(plan.iqaDecisions()).extracting(s -> s.judgementId()).containsExactly("a");
  }

  @Test
  void decisionsOutsideThePeriodAreLeftOut() {
    List<Decision> decisions = new ArrayList<>(gwensEarlierDecisions());
    decisions.add(decision("late", RHYS, Method.PRODUCT, LocalDate.of(2027, 1, 1), "ATTECL02.P1"));
    decisions.add(decision("in", RHYS, Method.PRODUCT, TO, "ATTECL02.P1"));

    SamplingPlan plan = planner.plan(records(decisions), FROM, TO);

    assertThat(plan.picks()).extracting(PlannedSample::judgementId).containsExactly("in");
  }
}
