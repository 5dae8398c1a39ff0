package uk.attest.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import uk.attest.assessment.Words;
import uk.attest.assessment.drools.DroolsRuleBook;
import uk.attest.catalogue.Method;
import uk.attest.catalogue.SamplingPolicy;
import uk.attest.quality.facts.AssessorFact;
import uk.attest.quality.facts.AssessorOnQualification;
import uk.attest.quality.facts.DecisionFact;
import uk.attest.quality.facts.First;
import uk.attest.quality.facts.Pick;
import uk.attest.quality.facts.StandardFact;

/**
 * Runs the real rules/quality/ on hand-made facts, for rule tests that read like the handbook. A
 * decision by default: by Gwen, a qualified assessor with 25 earlier decisions on the diploma and
 * nothing sent back, of learner Siân's product evidence for standard U1, not yet sampled, drawn at
 * 90 (above every rate, so only what a test sets picks it).
 */
final class Plan {
  static final DroolsRuleBook RULES = DroolsRuleBook.load(Path.of("rules"), "quality");

  /** Standard 20%, new to the qualification 50%, action needed 50% above a 20% threshold. */
  static final SamplingPolicy POLICY =
      new SamplingPolicy(12, 20, 50, 50, 20, 10, Set.of(Method.DIRECT_OBSERVATION));

  private Plan() {}

  static Decision decision(String id) {
    return new Decision(id);
  }

  static AssessorFact assessor(String id, int sampled, int actionRequired) {
    return new AssessorFact(id, id, true, sampled, actionRequired);
  }

  static AssessorOnQualification experience(String assessorId, int earlierDecisions) {
    return new AssessorOnQualification(assessorId, "Q1", earlierDecisions);
  }

  /** A decision being built. */
  static final class Decision {
    private final String id;
    private String learner = "lrn_sian";
    private String assessor = "asr_gwen";
    private boolean qualified = true;
    private List<String> standards = List.of("U1");
    private Method method = Method.PRODUCT;
    private boolean summative;
    private boolean sampled;
    private double draw = 90;

    Decision(String id) {
      this.id = id;
    }

    Decision by(String assessorId, boolean qualified) {
      this.assessor = assessorId;
      this.qualified = qualified;
      return this;
    }

    Decision of(String learnerId) {
      this.learner = learnerId;
      return this;
    }

    Decision on(String... standards) {
      this.standards = List.of(standards);
      return this;
    }

    Decision by(Method method) {
      this.method = method;
      return this;
    }

    Decision drawn(double draw) {
      this.draw = draw;
      return this;
    }

    Decision sampled() {
      this.sampled = true;
      return this;
    }

    Decision summative() {
      this.summative = true;
      return this;
    }

    DecisionFact fact() {
      return new DecisionFact(
          id,
          "ev_" + id,
          "Item " + id,
          learner,
          learner.equals("lrn_sian") ? "Siân" : learner,
          assessor,
          assessor.equals("asr_gwen") ? "Gwen" : assessor,
          qualified,
          "Q1",
          "Level 5 Diploma",
          standards,
          method,
          Words.method(method),
          LocalDate.of(2026, 6, 1),
          summative,
          sampled,
          draw);
    }
  }

  /**
   * Runs the rules. Decisions become facts; the policy, Gwen's record (experienced, nothing sent
   * back) and each standard's title are added unless the test gives its own.
   */
  static Out run(Object... given) {
    List<Object> facts = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    boolean policy = false;
    boolean gwen = false;
    boolean gwenExperience = false;
    for (Object o : given) {
      Object fact = o instanceof Decision d ? d.fact() : o;
      facts.add(fact);
      if (fact instanceof DecisionFact d) {
        d.standards().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
      }
      policy |= fact instanceof SamplingPolicy;
      gwen |= fact instanceof AssessorFact a && a.id().equals("asr_gwen");
      gwenExperience |=
          fact instanceof AssessorOnQualification a && a.assessorId().equals("asr_gwen");
    }
    if (!policy) {
      facts.add(POLICY);
    }
    if (!gwen) {
      facts.add(assessor("asr_gwen", 0, 0));
    }
    if (!gwenExperience) {
      facts.add(experience("asr_gwen", 25));
    }
    codes.forEach(c -> facts.add(new StandardFact(c, "Standard " + c)));
    return new Out(RULES.run(facts));
  }

  /** What the rules inserted. */
  record Out(List<Object> facts) {
    List<Pick> picks() {
      return facts.stream().filter(Pick.class::isInstance).map(Pick.class::cast).toList();
    }

    /** The rules that picked this decision, sorted. */
    List<String> rules(String judgementId) {
      return picks().stream()
          .filter(p -> p.decision().id().equals(judgementId))
          .map(Pick::rule)
          .sorted()
          .toList();
    }

    /** The decisions picked, sorted. */
    List<String> picked() {
      return picks().stream().map(p -> p.decision().id()).distinct().sorted().toList();
    }

    /** The one pick by this rule. */
    Pick only(String rule) {
      List<Pick> by = picks().stream().filter(p -> p.rule().equals(rule)).toList();
      assertThat(by).as("picks by " + rule).hasSize(1);
      return by.get(0);
    }

    List<First> firsts() {
      return facts.stream().filter(First.class::isInstance).map(First.class::cast).toList();
    }
  }

  static List<String> ids(String... ids) {
    return Arrays.asList(ids);
  }
}
