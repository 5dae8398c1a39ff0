package uk.attest.assessment.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import uk.attest.Shipped;
import uk.attest.assessment.EvidenceBundle;
import uk.attest.assessment.EvidenceBundle.Decision;
import uk.attest.assessment.EvidenceBundle.EvidenceItem;
import uk.attest.assessment.EvidenceBundle.Learner;
import uk.attest.assessment.EvidenceBundle.Witness;
import uk.attest.assessment.Verdict;
import uk.attest.catalogue.Criterion;
import uk.attest.catalogue.Method;
import uk.attest.catalogue.NosUnit;
import uk.attest.catalogue.Proficiency;
import uk.attest.shared.Uln;

/**
 * Generated learners for the differential test: registered on either diploma, in either role, with
 * up to 60 evidence items of every method, dated around the edges of the currency windows, judged
 * every way an assessor can (or not yet), and sometimes grown from a shipped example so that
 * achieved units and readiness are reached too.
 */
final class Learners {
  static final String LEARNER = "LRN-0001";
  static final List<String> QUALIFICATIONS =
      List.of(
          "attest-l5-diploma-ecommerce-sales-leadership",
          "attest-l6-diploma-digital-commerce-leadership");
  static final List<String> ROLES =
      List.of("head-of-e-commerce-sales", "director-of-digital-commerce");
  static final List<String> EXAMPLES =
      List.of(
          "examples/ready-learner.json",
          "examples/gaps-learner.json",
          "examples/l6-progressing-learner.json");

  private final LocalDate assessedOn;
  private final List<List<EvidenceItem>> examples;

  Learners(LocalDate assessedOn) {
    this.assessedOn = assessedOn;
    this.examples = EXAMPLES.stream().map(p -> Shipped.bundle(p).evidence()).toList();
  }

  Arbitrary<EvidenceBundle> bundles() {
    Arbitrary<Learner> learner =
        Combinators.combine(
                Arbitraries.of(QUALIFICATIONS),
                Arbitraries.of(ROLES),
                Arbitraries.of(2.5, 6.0, 7.0, 37.5).injectNull(0.4))
            .as(
                (q, role, weekly) ->
                    new Learner(
                        LEARNER,
                        "Siân Generated",
                        new Uln("6139042878"),
                        q,
                        role,
                        assessedOn.minusYears(2),
                        weekly));
    Arbitrary<List<EvidenceItem>> fromExample =
        Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(List.<EvidenceItem>of())),
                Tuple.of(2, Arbitraries.of(examples)))
            .flatMap(this::mutated);
    Arbitrary<List<EvidenceItem>> generated =
        standards().flatMap(pool -> item(pool).list().ofMaxSize(60));
    return Combinators.combine(learner, fromExample, generated)
        .as(
            (l, base, extra) -> {
              List<EvidenceItem> items = new ArrayList<>(base);
              for (int i = 0; i < extra.size() && items.size() < 60; i++) {
                items.add(renamed(extra.get(i), "GEN-%03d".formatted(i + 1)));
              }
              return new EvidenceBundle(l, items);
            });
  }

  /** The criteria of one to four standards, so items pile up on the same criteria. */
  private Arbitrary<List<String>> standards() {
    List<NosUnit> all = Shipped.CATALOGUE.units();
    return Arbitraries.of(all)
        .set()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(
            units ->
                units.stream()
                    .flatMap(u -> u.criteria().stream().map(Criterion::id))
                    .sorted()
                    .toList());
  }

  /** A shipped example with each item kept, dropped, or given another date, decision or method. */
  private Arbitrary<List<EvidenceItem>> mutated(List<EvidenceItem> base) {
    if (base.isEmpty()) {
      return Arbitraries.just(base);
    }
    List<String> claimed =
        base.stream().flatMap(e -> e.criteria().stream()).distinct().sorted().toList();
    Arbitrary<Tuple2<Integer, EvidenceItem>> change =
        Combinators.combine(Arbitraries.integers().between(0, 14), item(claimed)).as(Tuple::of);
    return change
        .list()
        .ofSize(base.size())
        .map(
            changes -> {
              List<EvidenceItem> out = new ArrayList<>();
              for (int i = 0; i < base.size(); i++) {
                EvidenceItem e = base.get(i);
                EvidenceItem g = changes.get(i).get2();
                switch (changes.get(i).get1()) {
                  case 0 -> {} // dropped
                  case 1 -> out.add(with(e, g.method(), e.activityDate(), e.decision()));
                  case 2 -> out.add(with(e, e.method(), g.activityDate(), e.decision()));
                  case 3 -> out.add(with(e, e.method(), e.activityDate(), g.decision()));
                  default -> out.add(e);
                }
              }
              return out;
            });
  }

  private Arbitrary<EvidenceItem> item(List<String> pool) {
    Arbitrary<List<String>> criteria =
        Arbitraries.of(pool)
            .set()
            .ofMinSize(1)
            .ofMaxSize(Math.min(6, pool.size()))
            .map(s -> List.copyOf(new TreeSet<>(s)));
    return Combinators.combine(
            Arbitraries.of(Method.values()),
            activityDate(),
            criteria,
            Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false)),
            Arbitraries.just(new Witness("Ffion Ŵyn", "Line manager")).injectNull(0.7),
            decision(),
            Arbitraries.integers().between(0, 63))
        .as(
            (method, date, claimed, declared, witness, decision, coverage) ->
                new EvidenceItem(
                    "X",
                    "Generated evidence",
                    null,
                    method,
                    date,
                    claimed,
                    declared,
                    witness,
                    covering(decision, claimed, coverage)));
  }

  /** Dates on and either side of the 24- and 36-month window edges, or anywhere in five years. */
  private Arbitrary<LocalDate> activityDate() {
    Arbitrary<LocalDate> edge =
        Combinators.combine(Arbitraries.of(24, 36), Arbitraries.of(-1, 0, 1))
            .as((months, days) -> assessedOn.minusMonths(months).plusDays(days));
    Arbitrary<LocalDate> anywhere =
        Arbitraries.integers().between(0, 5 * 366).map(assessedOn::minusDays);
    return Arbitraries.frequencyOf(Tuple.of(1, edge), Tuple.of(2, anywhere));
  }

  private Arbitrary<Decision> decision() {
    List<Proficiency> scale = Shipped.CATALOGUE.policy().proficiencyScale();
    Arbitrary<Decision> accepted =
        Combinators.combine(
                Arbitraries.of(scale),
                assessor(),
                Arbitraries.frequency(Tuple.of(8, true), Tuple.of(2, false)),
                Arbitraries.frequency(Tuple.of(7, true), Tuple.of(3, false)))
            .as(
                (p, who, qualified, checked) ->
                    new Decision(
                        Verdict.ACCEPTED, p, who, qualified, checked, assessedOn, null, null));
    Arbitrary<Decision> referred =
        Combinators.combine(
                Arbitraries.of(scale).injectNull(0.5),
                assessor(),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false))
            .as(
                (p, who, qualified, checked) ->
                    new Decision(
                        Verdict.REFERRED,
                        p,
                        who,
                        qualified,
                        checked,
                        assessedOn,
                        "Please add",
                        null));
    return Arbitraries.frequencyOf(Tuple.of(5, accepted), Tuple.of(2, referred)).injectNull(0.22);
  }

  private Arbitrary<String> assessor() {
    return Arbitraries.frequency(
        Tuple.of(6, "ASR-01"), Tuple.of(2, "ASR-02"), Tuple.of(1, LEARNER));
  }

  /**
   * Mostly a judgement of every claim; sometimes (as the service records it) of only the criteria
   * claimed when it was made, the rest claimed since.
   */
  private static Decision covering(Decision d, List<String> claimed, int mask) {
    if (d == null || mask < 48) {
      return d;
    }
    Set<String> covered = new TreeSet<>();
    for (int i = 0; i < claimed.size(); i++) {
      if ((mask >> i & 1) == 1) {
        covered.add(claimed.get(i));
      }
    }
    return new Decision(
        d.verdict(),
        d.proficiency(),
        d.assessorId(),
        d.assessorQualified(),
        d.authenticityConfirmed(),
        d.decidedOn(),
        d.feedback(),
        covered);
  }

  private static EvidenceItem with(
      EvidenceItem e, Method method, LocalDate date, Decision decision) {
    // A judgement borrowed from another item speaks for every criterion this one claims.
    Decision d =
        decision == null
            ? null
            : new Decision(
                decision.verdict(),
                decision.proficiency(),
                decision.assessorId(),
                decision.assessorQualified(),
                decision.authenticityConfirmed(),
                decision.decidedOn(),
                decision.feedback(),
                null);
    return new EvidenceItem(
        e.id(),
        e.title(),
        e.description(),
        method,
        date,
        e.criteria(),
        e.learnerDeclaration(),
        e.witness(),
        d);
  }

  private static EvidenceItem renamed(EvidenceItem e, String id) {
    return new EvidenceItem(
        id,
        e.title(),
        e.description(),
        e.method(),
        e.activityDate(),
        e.criteria(),
        e.learnerDeclaration(),
        e.witness(),
        e.decision());
  }
}
