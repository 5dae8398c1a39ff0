package uk.attest.assessment.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.Assessment.CombinationView;
import uk.attest.assessment.Assessment.CriterionView;
import uk.attest.assessment.Assessment.GapView;
import uk.attest.assessment.Assessment.Reason;
import uk.attest.assessment.Assessment.StandardView;
import uk.attest.assessment.Assessment.UnitView;

/**
 * What two evaluators must agree on, one line per decision: each criterion's outcome with the rule
 * ids of its reasons and the evidence behind it, each unit, each rule of combination, and the
 * scores. Wording is left out on purpose: the reference decides, it does not phrase.
 */
record Verdicts(List<String> lines) {
  Verdicts {
    lines = List.copyOf(lines);
  }

  /** The lines only one side has, for a failure message a person can read. */
  static String difference(Verdicts rules, Verdicts handbook) {
    List<String> onlyRules = new ArrayList<>(rules.lines());
    onlyRules.removeAll(handbook.lines());
    List<String> onlyHandbook = new ArrayList<>(handbook.lines());
    onlyHandbook.removeAll(rules.lines());
    return "the rules and the handbook differ\n  rules say:\n    "
        + String.join("\n    ", onlyRules)
        + "\n  handbook says:\n    "
        + String.join("\n    ", onlyHandbook)
        + "\n";
  }

  /** Reads the engine's assessment down to its verdicts. */
  static Verdicts of(Assessment a) {
    List<String> out = new ArrayList<>();
    for (StandardView s : a.standards()) {
      out.add(standard(s.code(), s.coverage()));
      for (CriterionView c : s.criteria()) {
        out.add(
            nos(c.id(), c.outcome(), c.reasons().get(0).rule(), c.evidence(), c.mapped(), rest(c)));
      }
    }
    for (UnitView u : a.qualification().units()) {
      out.add(unit(u.id(), u.achieved(), u.coverage(), u.counted(), u.reason().rule()));
      for (CriterionView c : u.criteria()) {
        out.add(
            ac(
                c.id(),
                c.outcome(),
                c.reasons().get(0).rule(),
                c.evidence(),
                c.mapped(),
                new TreeSet<>(rest(c))));
      }
    }
    for (CombinationView c : a.qualification().rulesOfCombination()) {
      out.add(combination(c.subject(), c.holds(), c.rule()));
    }
    var r = a.qualification().readiness();
    out.add(readiness(r.score(), r.status(), r.rule()));
    var p = a.progression();
    out.add(progression(p.targetRole(), p.score(), p.rule()));
    for (GapView g : a.gaps()) {
      out.add(
          gap(
              g.role(),
              g.competency(),
              g.requiredLevel(),
              g.demonstratedLevel(),
              g.gap(),
              g.rule(),
              g.evidence()));
    }
    var t = a.timeToCompetency();
    out.add(time(t.weeks(), t.hours(), t.weeklyHours(), t.rule()));
    return new Verdicts(out);
  }

  /** The reasons after the one that decided: "REL-01 EV-003", sorted. */
  private static List<String> rest(CriterionView c) {
    List<String> out = new ArrayList<>();
    for (Reason r : c.reasons().subList(1, c.reasons().size())) {
      out.add(reason(r.rule(), r.evidence()));
    }
    return out.stream().sorted().toList();
  }

  static String reason(String rule, Collection<String> evidence) {
    return rule + " " + String.join(",", new TreeSet<>(evidence));
  }

  static String standard(String code, double coverage) {
    return "standard " + code + " coverage " + coverage;
  }

  static String nos(
      String id,
      String outcome,
      String rule,
      Collection<String> evidence,
      Collection<String> mapped,
      List<String> reasons) {
    return "NOS "
        + id
        + " "
        + outcome
        + " by "
        + rule
        + " on "
        + new TreeSet<>(evidence)
        + " of "
        + new TreeSet<>(mapped)
        + " because "
        + reasons;
  }

  static String ac(
      String id,
      String outcome,
      String rule,
      Collection<String> evidence,
      Collection<String> mapped,
      Collection<String> reasons) {
    return "AC "
        + id
        + " "
        + outcome
        + " by "
        + rule
        + " on "
        + new TreeSet<>(evidence)
        + " of "
        + new TreeSet<>(mapped)
        + " because "
        + new TreeSet<>(reasons);
  }

  static String unit(String id, boolean achieved, double coverage, boolean counted, String rule) {
    return "unit "
        + id
        + (achieved ? " achieved" : " not achieved")
        + " coverage "
        + coverage
        + (counted ? " counted" : " not counted")
        + " by "
        + rule;
  }

  static String combination(String subject, boolean holds, String rule) {
    return "combination " + subject + (holds ? " holds" : " fails") + " by " + rule;
  }

  static String readiness(int score, String status, String rule) {
    return "readiness " + score + " " + status + " by " + rule;
  }

  static String progression(String target, Integer score, String rule) {
    return "progression to " + target + " " + score + " by " + rule;
  }

  static String gap(
      String role,
      String competency,
      int required,
      int demonstrated,
      int gap,
      String rule,
      Collection<String> evidence) {
    return "gap "
        + role
        + "/"
        + competency
        + " required "
        + required
        + " shown "
        + demonstrated
        + " gap "
        + gap
        + " by "
        + rule
        + " on "
        + new TreeSet<>(evidence);
  }

  static String time(int weeks, double hours, double weeklyHours, String rule) {
    return String.format(
        Locale.ROOT,
        "time %d weeks for %.4f hours at %.2f a week by %s",
        weeks,
        hours,
        weeklyHours,
        rule);
  }
}
