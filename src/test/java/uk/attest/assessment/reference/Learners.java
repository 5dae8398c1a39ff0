package uk.attest.assessment.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
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
 *
 * <p>Each learner comes from its own seed alone ({@link #learner(long)}), so a failure names the
 * seed that reproduces it and nothing else needs replaying.
 */
final class Learners {
  static final String LEARNER = "LRN-0001";
  static final int MAX_ITEMS = 60;
  static final List<String> QUALIFICATIONS =
      List.of(
          "attest-l5-diploma-ecommerce-sales-leadership",
          "attest-l6-diploma-digital-commerce-leadership");
  static final List<String> ROLES =
      List.of("head-of-e-commerce-sales", "director-of-digital-commerce");
  static final List<Double> WEEKLY_HOURS = List.of(2.5, 6.0, 7.0, 37.5);
  static final List<String> EXAMPLES =
      List.of(
          "examples/ready-learner.json",
          "examples/gaps-learner.json",
          "examples/l6-progressing-learner.json");
  private static final List<String> ASSESSORS = List.of("ASR-01", "ASR-02", LEARNER);
  private static final Witness WITNESS = new Witness("Ffion Ŵyn", "Line manager");

  private final LocalDate assessedOn;
  private final List<List<EvidenceItem>> examples;
  private final List<NosUnit> standards = Shipped.CATALOGUE.units();
  private final List<Proficiency> scale = Shipped.CATALOGUE.policy().proficiencyScale();

  Learners(LocalDate assessedOn) {
    this.assessedOn = assessedOn;
    this.examples = EXAMPLES.stream().map(p -> Shipped.bundle(p).evidence()).toList();
  }

  /** The learner that this seed, and only this seed, generates. */
  EvidenceBundle learner(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Learner learner = registered(r);
    // Two in five grow from a shipped example, so achieved units and READY are reached.
    List<EvidenceItem> items =
        new ArrayList<>(weighted(r, 3, 2) == 0 ? List.of() : mutated(r, pick(r, examples)));
    List<String> pool = standards(r);
    int extra = itemCount(r);
    for (int i = 0; i < extra && items.size() < MAX_ITEMS; i++) {
      items.add(item(r, pool, "GEN-%03d".formatted(i + 1)));
    }
    return new EvidenceBundle(learner, items);
  }

  /**
   * A learner from this seed with exactly {@code count} generated items (none from the examples),
   * so benchmarks can compare evaluators on learners of a given size.
   */
  EvidenceBundle learner(long seed, int count) {
    SplittableRandom r = new SplittableRandom(seed);
    Learner learner = registered(r);
    List<String> pool = standards(r);
    List<EvidenceItem> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(item(r, pool, "GEN-%03d".formatted(i + 1)));
    }
    return new EvidenceBundle(learner, items);
  }

  /** Registered on either diploma, in either role, with own weekly hours or the policy's. */
  private Learner registered(SplittableRandom r) {
    return new Learner(
        LEARNER,
        "Siân Generated",
        new Uln("6139042878"),
        pick(r, QUALIFICATIONS),
        pick(r, ROLES),
        assessedOn.minusYears(2),
        r.nextDouble() < 0.4 ? null : pick(r, WEEKLY_HOURS));
  }

  /** 0 to 60 items: often none or a few, sometimes the most a learner may have, else any. */
  private static int itemCount(SplittableRandom r) {
    return switch (weighted(r, 1, 1, 3, 5)) {
      case 0 -> 0;
      case 1 -> MAX_ITEMS;
      case 2 -> r.nextInt(1, 6);
      default -> r.nextInt(0, MAX_ITEMS + 1);
    };
  }

  /** The criteria of one to four standards, so items pile up on the same criteria. */
  private List<String> standards(SplittableRandom r) {
    return distinct(r, standards, r.nextInt(1, Math.min(4, standards.size()) + 1)).stream()
        .flatMap(u -> u.criteria().stream().map(Criterion::id))
        .sorted()
        .toList();
  }

  /**
   * A shipped example with each item kept, dropped, or given another date, decision or method:
   * untouched, touched once in a while, or changed at every fourth item or so. Without the first
   * two a 39-item example that is READY would almost never stay READY.
   */
  private List<EvidenceItem> mutated(SplittableRandom r, List<EvidenceItem> base) {
    List<String> claimed =
        base.stream().flatMap(e -> e.criteria().stream()).distinct().sorted().toList();
    int changes = weighted(r, 1, 1, 2);
    List<EvidenceItem> out = new ArrayList<>();
    for (EvidenceItem e : base) {
      int change =
          switch (changes) {
            case 0 -> 4;
            case 1 -> r.nextInt(40) == 0 ? r.nextInt(4) : 4;
            default -> r.nextInt(15);
          };
      EvidenceItem g = item(r, claimed, "X");
      switch (change) {
        case 0 -> {} // dropped
        case 1 -> out.add(with(e, g.method(), e.activityDate(), e.decision()));
        case 2 -> out.add(with(e, e.method(), g.activityDate(), e.decision()));
        case 3 -> out.add(with(e, e.method(), e.activityDate(), g.decision()));
        default -> out.add(e);
      }
    }
    return out;
  }

  private EvidenceItem item(SplittableRandom r, List<String> pool, String id) {
    Method method = pick(r, List.of(Method.values()));
    LocalDate date = activityDate(r);
    List<String> claimed =
        List.copyOf(new TreeSet<>(distinct(r, pool, r.nextInt(1, Math.min(6, pool.size()) + 1))));
    boolean declared = weighted(r, 9, 1) == 0;
    Witness witness = r.nextDouble() < 0.7 ? null : WITNESS;
    Decision decision = decision(r);
    int coverage = r.nextInt(64);
    return new EvidenceItem(
        id,
        "Generated evidence",
        null,
        method,
        date,
        claimed,
        declared,
        witness,
        covering(decision, claimed, coverage));
  }

  /** Dates on and either side of the 24- and 36-month window edges, or anywhere in five years. */
  private LocalDate activityDate(SplittableRandom r) {
    if (weighted(r, 1, 2) == 0) {
      int months = r.nextBoolean() ? 24 : 36;
      return assessedOn.minusMonths(months).plusDays(r.nextInt(-1, 2));
    }
    return assessedOn.minusDays(r.nextInt(0, 5 * 366 + 1));
  }

  /**
   * Not yet judged, accepted or referred, by a qualified assessor, another, or the learner; a
   * trainee's decision is sometimes countersigned by a qualified assessor.
   */
  private Decision decision(SplittableRandom r) {
    if (r.nextDouble() < 0.22) {
      return null;
    }
    if (weighted(r, 5, 2) == 0) {
      Proficiency p = pick(r, scale);
      String who = assessor(r);
      boolean qualified = weighted(r, 8, 2) == 0;
      boolean checked = weighted(r, 7, 3) == 0;
      return new Decision(
          Verdict.ACCEPTED,
          p,
          who,
          qualified,
          checked,
          assessedOn,
          null,
          null,
          countersigner(r, qualified));
    }
    Proficiency p = r.nextBoolean() ? null : pick(r, scale);
    String who = assessor(r);
    boolean qualified = r.nextBoolean();
    boolean checked = r.nextBoolean();
    return new Decision(
        Verdict.REFERRED, p, who, qualified, checked, assessedOn, "Please add", null);
  }

  /** A trainee's acceptance is countersigned about half the time, never a qualified one's. */
  private static String countersigner(SplittableRandom r, boolean qualified) {
    return !qualified && r.nextBoolean() ? "ASR-01" : null;
  }

  private static String assessor(SplittableRandom r) {
    return ASSESSORS.get(weighted(r, 6, 2, 1));
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
        covered,
        d.countersignedBy());
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
                null,
                decision.countersignedBy());
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

  private static <T> T pick(SplittableRandom r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  /** The index of one weight, chosen in proportion to the weights. */
  private static int weighted(SplittableRandom r, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int n = r.nextInt(total);
    for (int i = 0; ; i++) {
      n -= weights[i];
      if (n < 0) {
        return i;
      }
    }
  }

  /** {@code count} different elements, in the order drawn. */
  private static <T> List<T> distinct(SplittableRandom r, List<T> from, int count) {
    List<T> left = new ArrayList<>(from);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(left.remove(r.nextInt(left.size())));
    }
    return out;
  }
}
