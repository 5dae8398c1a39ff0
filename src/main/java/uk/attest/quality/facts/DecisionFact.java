package uk.attest.quality.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import uk.attest.catalogue.Method;

/**
 * An assessor's decision in force, made in the plan's period.
 *
 * @param id the judgement's id
 * @param standards the NOS standards (codes) of the criteria it decided
 * @param summative the learner is ready for certification, so this decision goes into the claim
 * @param sampled an IQA has recorded a sampling decision on it
 * @param draw from 0 to 100, drawn from the judgement's id: a rate of r% picks the decisions whose
 *     draw is below r, the same ones every time
 */
public record DecisionFact(
    String id,
    String evidenceId,
    String evidenceTitle,
    String learnerId,
    String learnerName,
    String assessorId,
    String assessorName,
    boolean assessorQualified,
    String qualificationId,
    String qualificationTitle,
    List<String> standards,
    Method method,
    String methodWords,
    LocalDate decidedOn,
    boolean summative,
    boolean sampled,
    double draw) {

  public DecisionFact {
    standards = List.copyOf(standards);
  }

  /** The draw as a reason gives it: "drawn 12.3 of 100". */
  public String drawWords() {
    return String.format(Locale.ROOT, "drawn %.1f of 100", draw);
  }
}
