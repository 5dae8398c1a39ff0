package uk.attest.quality;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.attest.catalogue.Method;

/**
 * A centre's sampling plan for a period: the decisions the rules picked for the IQA, each with
 * every reason it was picked, the coverage of sampling so far, and the IQA's decisions in the
 * period.
 *
 * @param rulesetVersion the content hash of rules/quality/, so a plan names the rules it came from
 */
public record SamplingPlan(
    String centreId,
    String centreName,
    LocalDate from,
    LocalDate to,
    String rulesetVersion,
    int decisions,
    List<PlannedSample> picks,
    Coverage coverage,
    List<IqaDecision> iqaDecisions) {

  public SamplingPlan {
    picks = List.copyOf(picks);
    iqaDecisions = List.copyOf(iqaDecisions);
  }

  /** Why a rule picked a decision (or put it first), in words a person reads. */
  public record Reason(String rule, String reason) {}

  /**
   * One decision to sample.
   *
   * @param summative the learner is ready for certification
   * @param first sample it before the others (reason in firstReason)
   * @param sampled the IQA's latest decision on it in words ("Agreed"), or null while not sampled
   * @param draw the judgement's draw, 0 to 100, that the rates were compared with
   */
  public record PlannedSample(
      String judgementId,
      String evidenceId,
      String evidenceTitle,
      String learnerId,
      String learnerName,
      String assessorId,
      String assessorName,
      boolean assessorQualified,
      Method method,
      String methodWords,
      List<String> standards,
      LocalDate decidedOn,
      boolean summative,
      boolean first,
      Reason firstReason,
      List<Reason> reasons,
      String sampled,
      double draw) {

    public PlannedSample {
      standards = List.copyOf(standards);
      reasons = List.copyOf(reasons);
    }

    /** The stage in words: "Summative" or "Interim". */
    public String stage() {
      return summative ? "Summative" : "Interim";
    }
  }

  /** Share sampled per assessor, standard, method and stage, over the period's decisions. */
  public record Coverage(
      List<CoverageRow> assessors,
      List<CoverageRow> standards,
      List<CoverageRow> methods,
      List<CoverageRow> stages) {

    public Coverage {
      assessors = List.copyOf(assessors);
      standards = List.copyOf(standards);
      methods = List.copyOf(methods);
      stages = List.copyOf(stages);
    }
  }

  /**
   * One line of the coverage report.
   *
   * @param key the assessor's id, the standard's code, the method's or stage's name
   * @param name how a person reads it
   * @param sampled decisions with an IQA sampling decision
   * @param planned decisions the plan picks
   * @param percentSampled sampled ÷ decisions, as a whole percentage rounded down
   */
  public record CoverageRow(
      String key, String name, int decisions, int sampled, int planned, int percentSampled) {}

  /** A sampling decision the IQA recorded on a decision of the period. */
  public record IqaDecision(
      String evidenceId,
      String evidenceTitle,
      String judgementId,
      String assessorName,
      String iqaName,
      String outcome,
      String comment,
      OffsetDateTime sampledAt) {}
}
