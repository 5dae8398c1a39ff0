package uk.attest.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * A learner's assessment: the competency matrix, qualification readiness, career progression,
 * skills gaps and time to competency, with the rule and evidence behind every cell. The same
 * evidence, catalogue, ruleset and date always give the same assessment.
 */
public record Assessment(
    LearnerView learner,
    LocalDate assessedOn,
    String catalogueVersion,
    String rulesetVersion,
    QualificationView qualification,
    List<StandardView> standards,
    ProgressionView progression,
    List<GapView> gaps,
    TimeView timeToCompetency) {

  public record LearnerView(
      String id,
      String name,
      String uln,
      String currentRole,
      LocalDate startDate,
      double weeklyLearningHours) {}

  /** Why: the rule that decided, in words, and the evidence it looked at. */
  public record Reason(String rule, String message, List<String> evidence) {}

  public record QualificationView(
      String id,
      String title,
      String number,
      int level,
      int credit,
      ReadinessView readiness,
      List<CombinationView> rulesOfCombination,
      List<UnitView> units) {}

  public record ReadinessView(int score, String status, String rule, String reason) {}

  public record CombinationView(String subject, boolean holds, String rule, String reason) {}

  public record UnitView(
      String id,
      String ref,
      String title,
      int level,
      int credit,
      int glh,
      String group,
      boolean achieved,
      double coverage,
      boolean counted,
      Reason reason,
      List<CriterionView> criteria) {}

  /** One criterion (an assessment criterion, or a NOS criterion) and the judgement on it. */
  /**
   * @param evidence the items the outcome rests on: those that count when MET or PARTIAL, those
   *     mapped when NOT_MET
   * @param mapped every item claimed against the criterion (or, for an assessment criterion, the
   *     NOS criteria it maps to), whether it counts or not
   */
  public record CriterionView(
      String id,
      String text,
      String outcome,
      List<Reason> reasons,
      List<String> evidence,
      List<String> mapped) {}

  /** The NOS view of the matrix: each standard in play with its criteria. */
  public record StandardView(
      String code, String title, int level, double coverage, List<CriterionView> criteria) {}

  public record ProgressionView(
      String currentRole,
      String targetRole,
      String targetTitle,
      Integer score,
      String rule,
      String reason) {}

  public record GapView(
      String role,
      String competency,
      String name,
      String required,
      String demonstrated,
      int requiredLevel,
      int demonstratedLevel,
      int gap,
      String rule,
      String reason,
      List<String> evidence) {}

  public record TimeView(int weeks, double hours, double weeklyHours, String rule, String reason) {}
}
