package uk.attest.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import uk.attest.assessment.Assessment.CombinationView;
import uk.attest.assessment.Assessment.CriterionView;
import uk.attest.assessment.Assessment.GapView;
import uk.attest.assessment.Assessment.LearnerView;
import uk.attest.assessment.Assessment.ProgressionView;
import uk.attest.assessment.Assessment.QualificationView;
import uk.attest.assessment.Assessment.ReadinessView;
import uk.attest.assessment.Assessment.Reason;
import uk.attest.assessment.Assessment.StandardView;
import uk.attest.assessment.Assessment.TimeView;
import uk.attest.assessment.Assessment.UnitView;
import uk.attest.assessment.facts.AcResult;
import uk.attest.assessment.facts.CombinationCheck;
import uk.attest.assessment.facts.CompetencyLevel;
import uk.attest.assessment.facts.CriterionResult;
import uk.attest.assessment.facts.Finding;
import uk.attest.assessment.facts.Gap;
import uk.attest.assessment.facts.GroupStanding;
import uk.attest.assessment.facts.LearnerFact;
import uk.attest.assessment.facts.Progression;
import uk.attest.assessment.facts.Readiness;
import uk.attest.assessment.facts.TimeToCompetency;
import uk.attest.assessment.facts.UnitResult;
import uk.attest.catalogue.AssessmentCriterion;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.Criterion;
import uk.attest.catalogue.NosUnit;
import uk.attest.catalogue.Qualification;
import uk.attest.catalogue.QualificationUnit;
import uk.attest.catalogue.RoleFramework;

/**
 * Assesses a learner: builds the facts, runs the rules once, and reads the result facts back into
 * an {@link Assessment}. Thread-safe; every ordering in the output is by id, so evidence order
 * never changes the result.
 */
public final class AssessmentEngine {
  private final Catalogue catalogue;
  private final RuleBook rules;

  /** The catalogue's facts per qualification and current role, made once (few such pairs). */
  private final Map<String, AssessmentFacts.Slice> slices =
      new java.util.concurrent.ConcurrentHashMap<>();

  public AssessmentEngine(Catalogue catalogue, RuleBook rules) {
    this.catalogue = catalogue;
    this.rules = rules;
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public String rulesetVersion() {
    return rules.version();
  }

  public Assessment assess(EvidenceBundle bundle, LocalDate assessedOn) {
    AssessmentFacts.Slice slice =
        slices.computeIfAbsent(
            AssessmentFacts.Slice.key(bundle.learner()),
            k -> AssessmentFacts.Slice.of(catalogue, bundle.learner()));
    AssessmentFacts facts = AssessmentFacts.of(slice, catalogue, bundle, assessedOn);
    Results results = new Results(rules.run(facts.facts(), Results.READ), facts.facts());
    EvidenceBundle.Learner learner = bundle.learner();
    double weekly = results.one(LearnerFact.class).weeklyHours();
    return new Assessment(
        new LearnerView(
            learner.id(),
            learner.name(),
            learner.uln().value(),
            learner.currentRoleId(),
            learner.startDate(),
            weekly),
        assessedOn,
        catalogue.version(),
        rules.version(),
        qualification(facts.qualification(), results),
        standards(facts, results),
        progression(facts, results),
        gaps(facts, results),
        time(results));
  }

  private QualificationView qualification(Qualification q, Results results) {
    Readiness readiness = results.one(Readiness.class);
    Set<String> counted = new TreeSet<>();
    results.all(GroupStanding.class).forEach(g -> counted.addAll(g.selectedUnitIds()));
    Map<String, String> groupOf = new HashMap<>();
    q.rules().groups().forEach(g -> g.unitIds().forEach(u -> groupOf.put(u, g.id())));
    List<UnitView> units = new ArrayList<>();
    for (QualificationUnit u : q.units()) {
      UnitResult ur = results.unit(u.id());
      List<CriterionView> criteria = new ArrayList<>();
      for (AssessmentCriterion ac : u.assessmentCriteria()) {
        AcResult r = results.ac(ac.id());
        List<Reason> reasons = new ArrayList<>();
        reasons.add(new Reason(r.rule(), r.reason(), List.copyOf(r.evidenceIds())));
        java.util.Set<String> mapped = new java.util.TreeSet<>();
        for (String nos : ac.maps()) {
          CriterionResult cr = results.criterion(nos);
          mapped.addAll(results.mapped(nos));
          if (cr.outcome() != uk.attest.assessment.facts.Outcome.MET) {
            reasons.add(new Reason(cr.rule(), cr.reason(), List.copyOf(cr.evidenceIds())));
            reasons.addAll(results.failures(nos));
          }
        }
        criteria.add(
            new CriterionView(
                ac.id(),
                ac.text(),
                r.outcome().name(),
                dedupe(reasons),
                List.copyOf(r.evidenceIds()),
                List.copyOf(mapped)));
      }
      units.add(
          new UnitView(
              u.id(),
              u.ref(),
              u.title(),
              u.level(),
              u.credit(),
              u.glh(),
              groupOf.get(u.id()),
              ur.achieved(),
              round(ur.coverage()),
              counted.contains(u.id()),
              new Reason(ur.rule(), ur.reason(), List.of()),
              criteria));
    }
    List<CombinationView> combination =
        results.all(CombinationCheck.class).stream()
            .sorted(
                Comparator.comparing(CombinationCheck::rule)
                    .thenComparing(CombinationCheck::subject))
            .map(c -> new CombinationView(c.subject(), c.passed(), c.rule(), c.reason()))
            .toList();
    return new QualificationView(
        q.id(),
        q.title(),
        q.number(),
        q.level(),
        q.credit(),
        new ReadinessView(
            readiness.score(),
            readiness.ready() ? "READY" : "NOT_READY",
            readiness.rule(),
            readiness.reason()),
        combination,
        units);
  }

  private List<StandardView> standards(AssessmentFacts facts, Results results) {
    Map<String, List<Criterion>> byUnit = new LinkedHashMap<>();
    for (Criterion c : facts.criteria()) {
      byUnit.computeIfAbsent(c.unitCode(), k -> new ArrayList<>()).add(c);
    }
    List<StandardView> out = new ArrayList<>();
    byUnit.forEach(
        (code, criteria) -> {
          NosUnit unit = catalogue.unit(code).orElseThrow();
          List<CriterionView> views = new ArrayList<>();
          int met = 0;
          for (Criterion c : criteria) {
            CriterionResult r = results.criterion(c.id());
            met += r.outcome() == uk.attest.assessment.facts.Outcome.MET ? 1 : 0;
            List<Reason> reasons = new ArrayList<>();
            reasons.add(new Reason(r.rule(), r.reason(), List.copyOf(r.evidenceIds())));
            reasons.addAll(results.failures(c.id()));
            views.add(
                new CriterionView(
                    c.id(),
                    c.text(),
                    r.outcome().name(),
                    reasons,
                    List.copyOf(r.evidenceIds()),
                    results.mapped(c.id())));
          }
          out.add(
              new StandardView(
                  code, unit.title(), unit.level(), round((double) met / criteria.size()), views));
        });
    return out;
  }

  private ProgressionView progression(AssessmentFacts facts, Results results) {
    String current = facts.currentRole().id();
    if (facts.targetRole().isEmpty()) {
      String reason =
          facts
              .nextRoleTitle()
              .map(
                  t ->
                      "The catalogue has no framework for the next role on this pathway, "
                          + t
                          + ".")
              .orElse("The current role's profile names no next role.");
      return new ProgressionView(
          current, null, facts.nextRoleTitle().orElse(null), null, null, reason);
    }
    RoleFramework target = facts.targetRole().get();
    Progression p = results.one(Progression.class);
    return new ProgressionView(
        current, target.id(), target.title(), p.score(), p.rule(), p.reason());
  }

  private List<GapView> gaps(AssessmentFacts facts, Results results) {
    var scale = catalogue.policy();
    Map<String, Map<String, CompetencyLevel>> levels = new HashMap<>();
    results
        .all(CompetencyLevel.class)
        .forEach(
            l -> levels.computeIfAbsent(l.roleId(), k -> new HashMap<>()).put(l.competencyId(), l));
    List<GapView> out = new ArrayList<>();
    List<RoleFramework> roles = new ArrayList<>(List.of(facts.currentRole()));
    facts.targetRole().ifPresent(roles::add);
    Map<String, Map<String, Gap>> gaps = new HashMap<>();
    results
        .all(Gap.class)
        .forEach(
            g -> gaps.computeIfAbsent(g.roleId(), k -> new HashMap<>()).put(g.competencyId(), g));
    for (RoleFramework role : roles) {
      for (RoleFramework.Competency c : role.competencies()) {
        Gap g = gaps.getOrDefault(role.id(), Map.of()).get(c.id());
        CompetencyLevel l = levels.getOrDefault(role.id(), Map.of()).get(c.id());
        out.add(
            new GapView(
                role.id(),
                c.id(),
                c.name(),
                name(scale, g.required()),
                name(scale, g.demonstrated()),
                g.required(),
                g.demonstrated(),
                g.size(),
                g.rule(),
                g.reason(),
                List.copyOf(l.evidenceIds())));
      }
    }
    return out;
  }

  private static String name(uk.attest.catalogue.Policy policy, int value) {
    return value == 0
        ? null
        : policy.proficiencyScale().stream()
            .filter(p -> p.value() == value)
            .map(p -> p.name())
            .findFirst()
            .orElse("?");
  }

  private static TimeView time(Results results) {
    TimeToCompetency t = results.one(TimeToCompetency.class);
    return new TimeView(t.weeks(), round(t.hours()), t.weeklyHours(), t.rule(), t.reason());
  }

  /**
   * The reasons without repeats, in order. The lists are a handful long and their messages new
   * strings, so comparing beats hashing every message.
   */
  private static List<Reason> dedupe(List<Reason> reasons) {
    List<Reason> out = new ArrayList<>(reasons.size());
    for (Reason r : reasons) {
      if (!out.contains(r)) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  /** Four decimal places, so floating-point noise never reaches the JSON. */
  static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }

  /** The rules' result facts, indexed for reading back. */
  private static final class Results {
    private final Map<Class<?>, List<Object>> byType = new HashMap<>();
    private final Map<String, CriterionResult> criteria = new HashMap<>();
    private final Map<String, AcResult> acs = new HashMap<>();
    private final Map<String, UnitResult> units = new HashMap<>();
    private final Map<String, List<Reason>> failures = new HashMap<>();
    private final Map<String, java.util.Set<String>> mapped = new HashMap<>();

    /** The result facts read back; the rest of the session's facts are never gathered. */
    static final List<Class<?>> READ =
        List.of(
            CriterionResult.class,
            AcResult.class,
            UnitResult.class,
            Finding.class,
            LearnerFact.class,
            Readiness.class,
            GroupStanding.class,
            CombinationCheck.class,
            Progression.class,
            CompetencyLevel.class,
            Gap.class,
            TimeToCompetency.class);

    /** The results, and the claims among the facts the session started from. */
    Results(List<Object> results, List<Object> input) {
      for (Object f : input) {
        if (f instanceof uk.attest.assessment.facts.Claim c) {
          mapped
              .computeIfAbsent(c.criterion().id(), k -> new java.util.TreeSet<>())
              .add(c.evidence().id());
        }
      }
      for (Object f : results) {
        byType.computeIfAbsent(f.getClass(), k -> new ArrayList<>()).add(f);
        if (f instanceof CriterionResult r) {
          put(criteria, r.criterionId(), r);
        } else if (f instanceof AcResult r) {
          put(acs, r.id(), r);
        } else if (f instanceof UnitResult r) {
          put(units, r.unitId(), r);
        } else if (f instanceof Finding x && !x.passed()) {
          failures
              .computeIfAbsent(x.criterionId(), k -> new ArrayList<>())
              .add(new Reason(x.rule(), x.reason(), List.of(x.evidenceId())));
        }
      }
      failures
          .values()
          .forEach(l -> l.sort(Comparator.comparing(Reason::message).thenComparing(Reason::rule)));
    }

    private static <T> void put(Map<String, T> map, String key, T value) {
      T previous = map.put(key, value);
      if (previous != null && !previous.equals(value)) {
        throw new IllegalStateException(
            "the rules gave two results for " + key + ": " + previous + " and " + value);
      }
    }

    <T> T one(Class<T> type) {
      List<T> all = all(type);
      if (all.size() != 1) {
        throw new IllegalStateException(
            "the rules gave " + all.size() + " " + type.getSimpleName() + " results; expected one");
      }
      return all.get(0);
    }

    /** The result facts of this type (every fact type is a final record). */
    @SuppressWarnings("unchecked")
    <T> List<T> all(Class<T> type) {
      return (List<T>) byType.getOrDefault(type, List.of());
    }

    CriterionResult criterion(String id) {
      return Objects.requireNonNull(criteria.get(id), () -> "no outcome for criterion " + id);
    }

    AcResult ac(String id) {
      return Objects.requireNonNull(acs.get(id), () -> "no outcome for assessment criterion " + id);
    }

    UnitResult unit(String id) {
      return Objects.requireNonNull(units.get(id), () -> "no outcome for unit " + id);
    }

    /** Every item claimed against the criterion, whether it counts or not. */
    List<String> mapped(String criterionId) {
      return List.copyOf(mapped.getOrDefault(criterionId, java.util.Set.of()));
    }

    List<Reason> failures(String criterionId) {
      return failures.getOrDefault(criterionId, List.of());
    }
  }
}
