package uk.attest.reports;

import java.util.Arrays;
import java.util.List;
import uk.attest.assessment.Assessment;

/** One row of an awarding-body cohort export: one learner, one unit of their qualification. */
public record CohortRow(
    String uln,
    String learnerName,
    String learnerId,
    String qualificationNumber,
    String qualificationTitle,
    String unitRef,
    String unitId,
    String unitTitle,
    boolean achieved,
    double coverage,
    int readinessScore,
    String readinessStatus) {

  /** The column headings, in order, for the workbook and the CSV: those of {@link CohortColumn}. */
  public static final List<String> HEADINGS =
      Arrays.stream(CohortColumn.values()).map(c -> c.heading).toList();

  /** A learner's rows: one per unit of their qualification, in the qualification's order. */
  public static List<CohortRow> of(String learnerName, String learnerId, Assessment a) {
    var q = a.qualification();
    return q.units().stream()
        .map(
            u ->
                new CohortRow(
                    a.learner().uln(),
                    learnerName,
                    learnerId,
                    q.number(),
                    q.title(),
                    u.ref(),
                    u.id(),
                    u.title(),
                    u.achieved(),
                    u.coverage(),
                    q.readiness().score(),
                    q.readiness().status()))
        .toList();
  }
}
