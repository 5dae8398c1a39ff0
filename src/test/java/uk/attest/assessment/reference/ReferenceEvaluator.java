package uk.attest.assessment.reference;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.attest.assessment.EvidenceBundle;
import uk.attest.assessment.EvidenceBundle.Decision;
import uk.attest.assessment.EvidenceBundle.EvidenceItem;
import uk.attest.assessment.Verdict;
import uk.attest.catalogue.AssessmentCriterion;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.Criterion;
import uk.attest.catalogue.CriterionKind;
import uk.attest.catalogue.Method;
import uk.attest.catalogue.Qualification;
import uk.attest.catalogue.QualificationUnit;
import uk.attest.catalogue.RoleFramework;
import uk.attest.catalogue.RulesOfCombination.UnitGroup;

/**
 * The assessment worked out in plain Java from the handbook's definitions (README, "How each score
 * is defined"), to hold the rules to: what the rules decide, this decides again another way. It
 * names the rule ids only so the two can be compared; it does not phrase reasons.
 */
final class ReferenceEvaluator {
  private static final double EPSILON = 1e-9;

  private final Catalogue catalogue;

  ReferenceEvaluator(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  Verdicts assess(EvidenceBundle bundle, LocalDate assessedOn) {
    return new Assessing(bundle, assessedOn).verdicts();
  }

  /** One item claimed for one criterion, with the judgement that covers that claim (if any). */
  private record Claim(EvidenceItem item, Criterion criterion, Decision judgement) {
    boolean accepted() {
      return judgement != null && judgement.verdict() == Verdict.ACCEPTED;
    }

    int shown() {
      return judgement == null || judgement.proficiency() == null
          ? 0
          : judgement.proficiency().value();
    }
  }

  /**
   * The VACSR findings on one claim: each aspect true, false or (for validity of a claim nobody has
   * judged yet) undecided, and the rules behind each failure.
   */
  private record Findings(
      Boolean valid, boolean authentic, boolean current, boolean reliable, List<String> failures) {
    boolean counts() {
      return Boolean.TRUE.equals(valid) && authentic && current && reliable;
    }

    /** Proficiency shown counts for a role when the item is the learner's, current and sound. */
    boolean demonstrates() {
      return authentic && current && reliable;
    }
  }

  private record CriterionOutcome(
      String outcome,
      String rule,
      Set<String> evidence,
      Set<String> mapped,
      List<String> reasons) {}

  private record UnitOutcome(
      QualificationUnit unit, String group, int met, int total, List<String> acLines) {
    boolean achieved() {
      return met == total;
    }

    double coverage() {
      return total == 0 ? 0 : (double) met / total;
    }

    double weighted() {
      return unit.credit() * coverage();
    }
  }

  private final class Assessing {
    private final EvidenceBundle bundle;
    private final LocalDate assessedOn;
    private final String learnerId;
    private final Qualification qualification;
    private final Map<String, Criterion> inPlay = new LinkedHashMap<>();
    private final Map<String, List<Claim>> claims = new LinkedHashMap<>();
    private final Map<Claim, Findings> findings = new LinkedHashMap<>();
    private final Map<String, CriterionOutcome> outcomes = new TreeMap<>();

    Assessing(EvidenceBundle bundle, LocalDate assessedOn) {
      this.bundle = bundle;
      this.assessedOn = assessedOn;
      this.learnerId = bundle.learner().id();
      this.qualification =
          catalogue.qualification(bundle.learner().qualificationId()).orElseThrow();
    }

    Verdicts verdicts() {
      gatherCriteriaAndClaims();
      claims.values().forEach(list -> list.forEach(c -> findings.put(c, judge(c))));
      inPlay.keySet().forEach(id -> outcomes.put(id, outcome(id)));

      List<String> lines = new ArrayList<>();
      standards(lines);
      Map<String, UnitOutcome> units = qualificationUnits();
      Set<String> chosen = rulesOfCombination(units, lines);
      progressionAndGaps(lines);
      boolean ready = lines.stream().anyMatch(l -> l.startsWith("readiness 100 READY "));
      time(units, chosen, ready, lines);
      return new Verdicts(lines);
    }

    /** The qualification's NOS criteria and any others the evidence claims, with their claims. */
    private void gatherCriteriaAndClaims() {
      for (QualificationUnit u : qualification.units()) {
        for (AssessmentCriterion ac : u.assessmentCriteria()) {
          ac.maps().forEach(this::bringIntoPlay);
        }
      }
      for (EvidenceItem item : bundle.evidence()) {
        for (String id : item.criteria()) {
          Criterion c = bringIntoPlay(id);
          Decision d = item.decision();
          // A judgement speaks only for the criteria it was made on; a later claim awaits one.
          Decision covering = d != null && d.covers(id) ? d : null;
          claims.get(id).add(new Claim(item, c, covering));
        }
      }
    }

    private Criterion bringIntoPlay(String id) {
      claims.computeIfAbsent(id, k -> new ArrayList<>());
      return inPlay.computeIfAbsent(id, k -> catalogue.criterion(k).orElseThrow());
    }

    // ---- VACSR, judged per claim ----

    private Findings judge(Claim claim) {
      List<String> failures = new ArrayList<>();
      Boolean valid = valid(claim, failures);
      boolean authentic = authentic(claim, failures);
      boolean current = current(claim, failures);
      boolean reliable = reliable(claim, failures);
      return new Findings(valid, authentic, current, reliable, failures);
    }

    /**
     * Valid: a method the criterion allows, at the proficiency its level asks. The proficiency is
     * judged once an assessor has recorded what the item shows; until then validity is undecided.
     */
    private Boolean valid(Claim claim, List<String> failures) {
      if (!claim.criterion().evidence().methods().contains(claim.item().method())) {
        failures.add("VAL-01");
        return false;
      }
      boolean recorded = claim.accepted() || claim.shown() > 0;
      if (!recorded) {
        return null;
      }
      if (claim.shown() < claim.criterion().requiredProficiency().value()) {
        failures.add("VAL-02");
        return false;
      }
      return true;
    }

    /** Authentic: declared by the learner, and observed, witnessed or checked. */
    private boolean authentic(Claim claim, List<String> failures) {
      EvidenceItem item = claim.item();
      if (!item.learnerDeclaration()) {
        failures.add("AUT-01");
        return false;
      }
      boolean observed = item.method() == Method.DIRECT_OBSERVATION;
      boolean witnessed = item.witness() != null && !item.witness().name().isBlank();
      // The assessor's check is of the item, the learner's own work, whatever it is claimed for.
      boolean checked = item.decision() != null && item.decision().authenticityConfirmed();
      if (observed || witnessed || checked) {
        return true;
      }
      failures.add("AUT-05");
      return false;
    }

    /**
     * Current: no older than the standard's window at the assessment date, or older but confirmed
     * by a professional discussion on the same criterion, itself inside the window and soundly
     * accepted.
     */
    private boolean current(Claim claim, List<String> failures) {
      if (insideWindow(claim)) {
        return true;
      }
      boolean confirmed =
          claims.get(claim.criterion().id()).stream()
              .anyMatch(
                  other ->
                      other.item().method() == Method.PROFESSIONAL_DISCUSSION
                          && insideWindow(other)
                          && soundlyAccepted(other));
      if (confirmed) {
        return true;
      }
      failures.add("CUR-02");
      return false;
    }

    /**
     * Whether the item is no older than the window at the assessment date. Its age is counted from
     * the activity: evidence from 28 February 2025 is 36 months and a day old on 29 February 2028.
     */
    private boolean insideWindow(Claim claim) {
      int months = claim.criterion().evidence().currencyMonths();
      Period age = Period.between(claim.item().activityDate(), assessedOn);
      return age.toTotalMonths() < months || (age.toTotalMonths() == months && age.getDays() == 0);
    }

    /**
     * Accepted by a qualified assessor who is not the learner, or by a trainee assessor (not the
     * learner) and countersigned by a qualified one.
     */
    private boolean soundlyAccepted(Claim claim) {
      return claim.accepted()
          && qualifiedDecision(claim.judgement())
          && !learnerId.equals(claim.judgement().assessorId());
    }

    private static boolean qualifiedDecision(Decision d) {
      return d.assessorQualified() || d.countersignedBy() != null;
    }

    /**
     * Reliable: accepted (not awaiting, not referred) by a qualified assessor, or countersigned by
     * one, and not by the learner.
     */
    private boolean reliable(Claim claim, List<String> failures) {
      if (claim.judgement() == null) {
        failures.add("REL-01");
        return false;
      }
      if (!claim.accepted()) {
        failures.add("REL-02");
        return false;
      }
      if (!qualifiedDecision(claim.judgement())) {
        failures.add("REL-03");
      }
      if (learnerId.equals(claim.judgement().assessorId())) {
        failures.add("REL-04");
      }
      return soundlyAccepted(claim);
    }

    // ---- Sufficient, and each NOS criterion's outcome ----

    private CriterionOutcome outcome(String id) {
      Criterion criterion = inPlay.get(id);
      List<Claim> mapped = claims.get(id);
      Set<String> mappedIds = new TreeSet<>();
      List<String> reasons = new ArrayList<>();
      Set<String> counting = new TreeSet<>();
      boolean observed = false;
      for (Claim c : mapped) {
        mappedIds.add(c.item().id());
        Findings f = findings.get(c);
        f.failures().forEach(rule -> reasons.add(Verdicts.reason(rule, List.of(c.item().id()))));
        if (f.counts()) {
          counting.add(c.item().id());
          observed |= c.item().method() == Method.DIRECT_OBSERVATION;
        }
      }
      reasons.sort(null);
      int needed = criterion.evidence().minimumAccepted();
      boolean needsObservation = criterion.evidence().observationRequired();
      if (mapped.isEmpty()) {
        return new CriterionOutcome("NOT_STARTED", "OUT-01", Set.of(), mappedIds, reasons);
      }
      if (counting.isEmpty()) {
        return new CriterionOutcome("NOT_MET", "OUT-06", mappedIds, mappedIds, reasons);
      }
      if (counting.size() < needed) {
        return new CriterionOutcome("PARTIAL", "OUT-04", counting, mappedIds, reasons);
      }
      if (needsObservation && !observed) {
        return new CriterionOutcome("PARTIAL", "OUT-05", counting, mappedIds, reasons);
      }
      return new CriterionOutcome(
          "MET", needsObservation ? "OUT-03" : "OUT-02", counting, mappedIds, reasons);
    }

    private void standards(List<String> lines) {
      Map<String, List<Criterion>> byStandard = new TreeMap<>();
      inPlay.values().stream()
          .sorted(
              java.util.Comparator.comparing(Criterion::unitCode)
                  .thenComparing(c -> c.kind() == CriterionKind.PERFORMANCE ? 0 : 1)
                  .thenComparing(c -> Integer.parseInt(c.localId().substring(1))))
          .forEach(c -> byStandard.computeIfAbsent(c.unitCode(), k -> new ArrayList<>()).add(c));
      byStandard.forEach(
          (code, criteria) -> {
            long met = criteria.stream().filter(c -> isMet(c.id())).count();
            lines.add(Verdicts.standard(code, round((double) met / criteria.size())));
            for (Criterion c : criteria) {
              CriterionOutcome o = outcomes.get(c.id());
              lines.add(
                  Verdicts.nos(
                      c.id(), o.outcome(), o.rule(), o.evidence(), o.mapped(), o.reasons()));
            }
          });
    }

    private boolean isMet(String criterionId) {
      return outcomes.get(criterionId).outcome().equals("MET");
    }

    // ---- Assessment criteria and units ----

    /** Each unit's assessment criteria, judged; the lines wait for the choice of units. */
    private Map<String, UnitOutcome> qualificationUnits() {
      Map<String, String> groupOf = new LinkedHashMap<>();
      qualification.rules().groups().forEach(g -> g.unitIds().forEach(u -> groupOf.put(u, g.id())));
      Map<String, UnitOutcome> units = new LinkedHashMap<>();
      for (QualificationUnit u : qualification.units()) {
        List<String> acLines = new ArrayList<>();
        int met = 0;
        for (AssessmentCriterion ac : u.assessmentCriteria()) {
          met += assessmentCriterion(ac, acLines) ? 1 : 0;
        }
        units.put(
            u.id(),
            new UnitOutcome(u, groupOf.get(u.id()), met, u.assessmentCriteria().size(), acLines));
      }
      return units;
    }

    /** An assessment criterion is met through the NOS criteria it maps to; returns whether met. */
    private boolean assessmentCriterion(AssessmentCriterion ac, List<String> lines) {
      List<CriterionOutcome> seen = ac.maps().stream().map(outcomes::get).toList();
      boolean allMet = seen.stream().allMatch(o -> o.outcome().equals("MET"));
      boolean noneStarted = seen.stream().allMatch(o -> o.outcome().equals("NOT_STARTED"));
      boolean someProgress =
          seen.stream().anyMatch(o -> o.outcome().equals("MET") || o.outcome().equals("PARTIAL"));
      String outcome;
      String rule;
      if (allMet) {
        outcome = "MET";
        rule = "AC-01";
      } else if (noneStarted) {
        outcome = "NOT_STARTED";
        rule = "AC-02";
      } else if (!someProgress) {
        outcome = "NOT_MET";
        rule = "AC-03";
      } else {
        outcome = "PARTIAL";
        rule = "AC-04";
      }
      Set<String> evidence = new TreeSet<>();
      Set<String> mapped = new TreeSet<>();
      Set<String> reasons = new TreeSet<>();
      for (CriterionOutcome o : seen) {
        evidence.addAll(o.evidence());
        mapped.addAll(o.mapped());
        if (!o.outcome().equals("MET")) {
          reasons.add(Verdicts.reason(o.rule(), o.evidence()));
          reasons.addAll(o.reasons());
        }
      }
      lines.add(Verdicts.ac(ac.id(), outcome, rule, evidence, mapped, reasons));
      return allMet;
    }

    // ---- Rules of combination and readiness ----

    /** Checks the rules of combination and readiness; returns the units chosen to count. */
    private Set<String> rulesOfCombination(Map<String, UnitOutcome> units, List<String> lines) {
      int level = qualification.level();
      Set<String> chosen = new LinkedHashSet<>();
      List<String> checks = new ArrayList<>();
      int total = 0;
      int atLevel = 0;
      double weighted = 0;
      for (UnitGroup g : qualification.rules().groups()) {
        List<UnitOutcome> members = g.unitIds().stream().map(units::get).toList();
        List<UnitOutcome> achieved = members.stream().filter(UnitOutcome::achieved).toList();
        int achievedCredits = achieved.stream().mapToInt(u -> u.unit().credit()).sum();
        int achievedAtLevel =
            achieved.stream()
                .filter(u -> u.unit().level() >= level)
                .mapToInt(u -> u.unit().credit())
                .sum();
        List<UnitOutcome> best;
        if (g.mandatory()) {
          best = members;
          List<String> missing =
              members.stream().filter(u -> !u.achieved()).map(u -> u.unit().id()).sorted().toList();
          checks.add(
              Verdicts.combination(
                  "group " + g.id(), missing.isEmpty(), missing.isEmpty() ? "ROC-01" : "ROC-02"));
          total += achievedCredits;
          atLevel += achievedAtLevel;
        } else {
          best = bestChoice(members, g.minimumCredits(), g.maximumCredits());
          // Credits beyond a group's maximum never count.
          int counted = Math.min(g.maximumCredits(), achievedCredits);
          boolean holds = counted >= g.minimumCredits();
          checks.add(Verdicts.combination("group " + g.id(), holds, holds ? "ROC-03" : "ROC-04"));
          total += counted;
          atLevel += Math.min(g.maximumCredits(), achievedAtLevel);
        }
        best.forEach(u -> chosen.add(u.unit().id()));
        weighted += best.stream().mapToDouble(UnitOutcome::weighted).sum();
      }
      int need = qualification.rules().minimumCredits();
      checks.add(
          Verdicts.combination(
              "total credits", total >= need, total >= need ? "ROC-05" : "ROC-06"));
      int needAtLevel = qualification.rules().minimumCreditsAtOrAboveLevel();
      boolean enoughAtLevel = atLevel >= needAtLevel;
      checks.add(
          Verdicts.combination(
              "credits at level " + level + " or above",
              enoughAtLevel,
              enoughAtLevel ? "ROC-07" : "ROC-08"));

      // Unit lines first (as the matrix lists them), then the checks in rule order.
      for (UnitOutcome u : units.values()) {
        String id = u.unit().id();
        lines.add(
            Verdicts.unit(
                id,
                u.achieved(),
                round(u.coverage()),
                chosen.contains(id),
                u.achieved() ? "UNIT-01" : "UNIT-02"));
        lines.addAll(u.acLines());
      }
      checks.sort(java.util.Comparator.comparing(ReferenceEvaluator::ruleOf).thenComparing(s -> s));
      lines.addAll(checks);
      boolean ready = checks.stream().allMatch(c -> c.contains(" holds by "));
      if (ready) {
        lines.add(Verdicts.readiness(100, "READY", "RDY-01"));
      } else {
        int score = (int) Math.floor(100.0 * weighted / need + EPSILON);
        lines.add(Verdicts.readiness(Math.max(0, Math.min(99, score)), "NOT_READY", "RDY-02"));
      }
      return chosen;
    }

    /**
     * The units of an optional group whose credits lie within its minimum and maximum with the
     * largest credit × coverage; ties go to fewer credits, then to leaving out the later unit (by
     * id). When no choice reaches the minimum, the best within the maximum.
     */
    private List<UnitOutcome> bestChoice(List<UnitOutcome> members, int minimum, int maximum) {
      List<UnitOutcome> units =
          members.stream().sorted(java.util.Comparator.comparing(u -> u.unit().id())).toList();
      for (boolean mustReachMinimum : new boolean[] {true, false}) {
        List<UnitOutcome> best = null;
        double bestValue = 0;
        int bestCredits = 0;
        // Choices in order of leaving out later units first, so the first of equals wins.
        for (int choice = 0; choice < 1 << units.size(); choice++) {
          List<UnitOutcome> picked = new ArrayList<>();
          for (int i = 0; i < units.size(); i++) {
            if ((choice >> i & 1) == 1) {
              picked.add(units.get(i));
            }
          }
          int credits = picked.stream().mapToInt(u -> u.unit().credit()).sum();
          if (credits > maximum || (mustReachMinimum && credits < minimum)) {
            continue;
          }
          double value = picked.stream().mapToDouble(UnitOutcome::weighted).sum();
          boolean better =
              best == null
                  || value > bestValue + EPSILON
                  || (value >= bestValue - EPSILON && credits < bestCredits);
          if (better) {
            best = picked;
            bestValue = value;
            bestCredits = credits;
          }
        }
        if (best != null) {
          return best;
        }
      }
      return List.of();
    }

    // ---- Career progression and skills gaps ----

    private void progressionAndGaps(List<String> lines) {
      RoleFramework current = catalogue.role(bundle.learner().currentRoleId()).orElseThrow();
      Optional<RoleFramework> target =
          current.nextRole().map(RoleFramework.Pathway::title).flatMap(catalogue::roleTitled);
      if (target.isEmpty()) {
        lines.add(Verdicts.progression(null, null, null));
      } else {
        RoleFramework role = target.get();
        double sum = 0;
        for (RoleFramework.Competency c : role.competencies()) {
          int required = required(role, c);
          int shown = demonstrated(c).level();
          sum += required == 0 ? 1 : Math.min(1.0, (double) shown / required);
        }
        double mean = sum / role.competencies().size();
        lines.add(
            Verdicts.progression(role.id(), (int) Math.floor(mean * 100 + EPSILON), "PRG-05"));
      }
      List<RoleFramework> roles = new ArrayList<>(List.of(current));
      target.ifPresent(roles::add);
      for (RoleFramework role : roles) {
        for (RoleFramework.Competency c : role.competencies()) {
          int required = required(role, c);
          Shown shown = demonstrated(c);
          lines.add(
              Verdicts.gap(
                  role.id(),
                  c.id(),
                  required,
                  shown.level(),
                  Math.max(0, required - shown.level()),
                  shown.level() < required ? "GAP-01" : "GAP-02",
                  shown.evidence()));
        }
      }
    }

    private int required(RoleFramework role, RoleFramework.Competency c) {
      var policy = catalogue.policy();
      return (c.proficiency() == null
              ? policy.requiredAt(role.level())
              : policy.proficiency(c.proficiency()).orElseThrow())
          .value();
    }

    private record Shown(int level, Set<String> evidence) {}

    /**
     * The highest proficiency accepted on authentic, current, reliable evidence mapped to the
     * competency's NOS criteria, and the items that show it.
     */
    private Shown demonstrated(RoleFramework.Competency c) {
      int highest = 0;
      Set<String> items = new TreeSet<>();
      for (String criterionId : catalogue.expand(c.evidencedBy())) {
        for (Claim claim : claims.getOrDefault(criterionId, List.of())) {
          if (!findings.get(claim).demonstrates()) {
            continue;
          }
          if (claim.shown() > highest) {
            highest = claim.shown();
            items.clear();
          }
          if (claim.shown() == highest) {
            items.add(claim.item().id());
          }
        }
      }
      return new Shown(highest, items);
    }

    // ---- Time to competency ----

    /**
     * The GLH share of each assessment criterion not yet met in the chosen units, over the weekly
     * hours, rounded up; none at all for a learner who is READY.
     */
    private void time(
        Map<String, UnitOutcome> units, Set<String> chosen, boolean ready, List<String> lines) {
      Double own = bundle.learner().weeklyLearningHours();
      double weekly = own != null ? own : catalogue.policy().defaultWeeklyLearningHours();
      if (ready) {
        lines.add(Verdicts.time(0, 0.0, weekly, "TTC-03"));
        return;
      }
      double hours = 0;
      for (String id : chosen) {
        QualificationUnit u = units.get(id).unit();
        List<AssessmentCriterion> acs = u.assessmentCriteria();
        long open = acs.stream().filter(ac -> !ac.maps().stream().allMatch(this::isMet)).count();
        hours += open * ((double) u.glh() / acs.size());
      }
      int weeks = (int) Math.ceil(hours / weekly - EPSILON);
      lines.add(Verdicts.time(weeks, round(hours), weekly, "TTC-02"));
    }
  }

  private static String ruleOf(String line) {
    return line.substring(line.lastIndexOf(" by ") + 4);
  }

  private static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }
}
