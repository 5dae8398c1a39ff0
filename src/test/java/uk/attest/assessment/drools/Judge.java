package uk.attest.assessment.drools;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import uk.attest.assessment.facts.Aspect;
import uk.attest.assessment.facts.AssessmentDay;
import uk.attest.assessment.facts.Claim;
import uk.attest.assessment.facts.CriterionFact;
import uk.attest.assessment.facts.Decision;
import uk.attest.assessment.facts.EvidenceFact;
import uk.attest.assessment.facts.Finding;
import uk.attest.assessment.facts.Scale;
import uk.attest.catalogue.CriterionKind;
import uk.attest.catalogue.Method;
import uk.attest.catalogue.Proficiency;

/**
 * Runs the real rules/ on hand-made facts, for rule tests that read like the handbook. Defaults
 * describe evidence that passes everything: accepted at Advanced by a qualified assessor, declared
 * and checked, recent, by a method the criterion allows.
 */
final class Judge {
  static final DroolsRuleBook RULES = DroolsRuleBook.load(Path.of("rules"));
  static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  static final String LEARNER = "LRN-1";
  static final Scale SCALE =
      new Scale(
          List.of(
              new Proficiency("Basic", 1),
              new Proficiency("Intermediate", 2),
              new Proficiency("Advanced", 3),
              new Proficiency("Expert", 4),
              new Proficiency("Strategic", 5)));
  static final Set<Method> PERFORMANCE_METHODS =
      Set.of(
          Method.DIRECT_OBSERVATION,
          Method.PROFESSIONAL_DISCUSSION,
          Method.WITNESS_TESTIMONY,
          Method.EXPERT_WITNESS,
          Method.PRODUCT,
          Method.RPL);
  static final Set<Method> KNOWLEDGE_METHODS =
      Set.of(
          Method.QUESTIONING,
          Method.PROFESSIONAL_DISCUSSION,
          Method.REFLECTIVE_ACCOUNT,
          Method.PRODUCT,
          Method.RPL);

  private Judge() {}

  /** A level-5 performance criterion: Advanced, two items, no observation, 36-month window. */
  static CriterionFact performance(String id) {
    return new CriterionFact(
        id,
        unitOf(id),
        CriterionKind.PERFORMANCE,
        3,
        "Advanced",
        2,
        PERFORMANCE_METHODS,
        false,
        36);
  }

  static CriterionFact performanceNeedingObservation(String id) {
    return new CriterionFact(
        id, unitOf(id), CriterionKind.PERFORMANCE, 3, "Advanced", 2, PERFORMANCE_METHODS, true, 36);
  }

  /** A level-5 knowledge item: Advanced, one item, 36-month window. */
  static CriterionFact knowledge(String id) {
    return new CriterionFact(
        id, unitOf(id), CriterionKind.KNOWLEDGE, 3, "Advanced", 1, KNOWLEDGE_METHODS, false, 36);
  }

  private static String unitOf(String id) {
    return id.substring(0, id.lastIndexOf('.'));
  }

  static Evidence evidence(String id) {
    return new Evidence(id);
  }

  /** Evidence that passes every check unless a method below changes it. */
  static final class Evidence {
    private final String id;
    private Method method = Method.PRODUCT;
    private LocalDate date = TODAY.minusMonths(6);
    private boolean declaration = true;
    private String witness;
    private Decision decision = Decision.ACCEPTED;
    private int proficiency = 3;
    private String proficiencyName = "Advanced";
    private String assessor = "ASR-1";
    private boolean qualified = true;
    private boolean checked = true;
    private String countersignedBy;

    private Evidence(String id) {
      this.id = id;
    }

    Evidence by(String method) {
      this.method = Method.valueOf(method);
      return this;
    }

    Evidence on(LocalDate date) {
      this.date = date;
      return this;
    }

    Evidence monthsAgo(int months) {
      this.date = TODAY.minusMonths(months);
      return this;
    }

    Evidence withoutDeclaration() {
      this.declaration = false;
      return this;
    }

    Evidence witnessedBy(String name) {
      this.witness = name;
      return this;
    }

    Evidence notChecked() {
      this.checked = false;
      return this;
    }

    Evidence referred() {
      this.decision = Decision.REFERRED;
      return this;
    }

    Evidence pending() {
      this.decision = Decision.PENDING;
      this.proficiency = 0;
      this.proficiencyName = "none";
      this.assessor = null;
      this.qualified = false;
      this.checked = false;
      return this;
    }

    Evidence showing(int value, String name) {
      this.proficiency = value;
      this.proficiencyName = name;
      return this;
    }

    Evidence acceptedBy(String assessor, boolean qualified) {
      this.assessor = assessor;
      this.qualified = qualified;
      return this;
    }

    Evidence countersignedBy(String assessor) {
      this.countersignedBy = assessor;
      return this;
    }

    EvidenceFact fact() {
      return new EvidenceFact(
          id,
          LEARNER,
          method,
          date,
          declaration,
          witness,
          decision,
          proficiency,
          proficiencyName,
          assessor,
          qualified,
          checked,
          countersignedBy);
    }

    Claim claims(CriterionFact criterion) {
      return new Claim(fact(), criterion);
    }
  }

  /** Runs the rules over the facts plus the assessment date and the scale. */
  static Output run(Object... facts) {
    List<Object> all = new ArrayList<>(Arrays.asList(facts));
    all.add(new AssessmentDay(TODAY));
    all.add(SCALE);
    return new Output(RULES.run(all));
  }

  record Output(List<Object> facts) {
    <T> List<T> all(Class<T> type) {
      return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T> List<T> all(Class<T> type, Predicate<T> which) {
      return all(type).stream().filter(which).toList();
    }

    <T> T one(Class<T> type, Predicate<T> which) {
      List<T> found = all(type, which);
      if (found.size() != 1) {
        throw new AssertionError(
            "expected one " + type.getSimpleName() + ", found " + found + " among " + facts);
      }
      return found.get(0);
    }

    <T> T one(Class<T> type) {
      return one(type, t -> true);
    }

    List<Finding> findings(String evidenceId, Aspect aspect) {
      return all(Finding.class, f -> f.evidenceId().equals(evidenceId) && f.aspect() == aspect);
    }

    /** The ids of the rules that decided this aspect of the evidence, passed or failed. */
    List<String> rules(String evidenceId, Aspect aspect) {
      return findings(evidenceId, aspect).stream().map(Finding::rule).sorted().toList();
    }

    boolean passes(String evidenceId, Aspect aspect) {
      List<Finding> f = findings(evidenceId, aspect);
      return !f.isEmpty() && f.stream().allMatch(Finding::passed);
    }
  }
}
