package uk.attest.evidence.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.Assessment.CriterionView;
import uk.attest.assessment.Assessment.UnitView;
import uk.attest.assessment.Words;
import uk.attest.evidence.LearnerSnapshot;

/**
 * The learner page's two long lists, the heat map and the evidence table, as the words and links a
 * person reads. Built here once per request rather than as several template expressions per cell: a
 * learner with 200 items has over a thousand of them, and evaluating each was most of the page's
 * time.
 */
record LearnerPageRows(List<UnitRow> units, List<EvidenceRow> evidence) {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  /** One unit of the heat map: its title, a note on progress, and a cell per criterion. */
  record UnitRow(String title, String note, List<Cell> cells) {}

  /** One criterion: its short code (2.1), its outcome in words, the colour class and its page. */
  record Cell(String id, String code, String outcome, String outcomeClass, String href) {}

  /**
   * One evidence item: its title and page, method, date (and a sortable form) and status; a
   * withdrawn item is shown struck through, its status "Withdrawn".
   */
  record EvidenceRow(
      String title,
      String href,
      String method,
      String date,
      String sortDate,
      String status,
      boolean withdrawn) {}

  static LearnerPageRows of(
      String contextPath,
      String learnerId,
      Assessment assessment,
      List<LearnerSnapshot.Item> items) {
    String criterionPage = contextPath + "/learners/" + encode(learnerId) + "/criterion?ac=";
    List<UnitRow> units =
        assessment.qualification().units().stream().map(u -> unit(u, criterionPage)).toList();
    List<EvidenceRow> evidence =
        items.stream()
            .map(
                i ->
                    new EvidenceRow(
                        i.evidence().title(),
                        contextPath + "/evidence/" + encode(i.evidence().id()),
                        i.evidence().method() == null ? "" : Words.method(i.evidence().method()),
                        DATE.format(i.evidence().activityDate()),
                        i.evidence().activityDate().toString(),
                        i.withdrawn()
                            ? "Withdrawn"
                            : Words.verdict(i.judgement() == null ? null : i.judgement().verdict()),
                        i.withdrawn()))
            .toList();
    return new LearnerPageRows(units, evidence);
  }

  private static UnitRow unit(UnitView u, String criterionPage) {
    String progress =
        u.achieved() ? "Achieved" : String.format(Locale.UK, "%.0f%% met", u.coverage() * 100);
    List<Cell> cells =
        u.criteria().stream()
            .map(
                (CriterionView c) ->
                    new Cell(
                        c.id(),
                        c.id().substring(c.id().indexOf('/') + 1),
                        Words.outcome(c.outcome()),
                        Words.outcomeStyle(c.outcome()),
                        criterionPage + encode(c.id())))
            .toList();
    return new UnitRow(u.title(), progress + ", " + u.credit() + " credits", cells);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
