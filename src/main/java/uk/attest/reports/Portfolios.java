package uk.attest.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.EvidenceBundle;
import uk.attest.assessment.Verdict;
import uk.attest.catalogue.Method;
import uk.attest.shared.Dates;

/**
 * Builds a learner's portfolio from what is known of their evidence: in the service from their
 * stored records, on the command line from an evidence bundle. This one place orders the evidence
 * index and shows the declarations as their people signed them.
 */
public final class Portfolios {
  private Portfolios() {}

  /**
   * What a portfolio is built from.
   *
   * @param centreName null outside the service
   * @param items in the order they were recorded
   * @param signatures the declarations people have signed, by role (LEARNER, ASSESSOR, IQA)
   * @param people assessors' ids and names, for the rules' reasons that name an assessor
   */
  public record Source(
      String learnerId,
      String learnerName,
      String uln,
      String centreName,
      List<Item> items,
      Map<String, Signature> signatures,
      List<Portfolio.AuditLine> audit,
      Map<String, String> people) {}

  /**
   * One evidence item as the portfolio lists it.
   *
   * @param decision the judgement in force, or null while the item awaits an assessor
   */
  public record Item(
      String id,
      String title,
      Method method,
      LocalDate activityDate,
      boolean declared,
      List<String> criteria,
      List<Portfolio.FileEntry> files,
      Decision decision,
      boolean withdrawn) {

    /** An item that was not withdrawn. */
    public Item(
        String id,
        String title,
        Method method,
        LocalDate activityDate,
        boolean declared,
        List<String> criteria,
        List<Portfolio.FileEntry> files,
        Decision decision) {
      this(id, title, method, activityDate, declared, criteria, files, decision, false);
    }
  }

  /**
   * A judgement as the portfolio shows it.
   *
   * @param assessor the assessor's name where known, else their id
   * @param decidedAt null when the record gives no date (it then signs nothing)
   */
  public record Decision(
      Verdict verdict, String proficiency, String assessor, OffsetDateTime decidedAt) {}

  /**
   * Who signed a declaration, on which day, and for the assessment record of which day.
   *
   * @param stale whether the records have changed since, so it covers an earlier state
   */
  public record Signature(String name, LocalDate date, LocalDate recordDate, boolean stale) {}

  public static Portfolio assemble(
      Source source, Assessment assessment, ReportAssets assets, OffsetDateTime generatedAt) {
    List<Portfolio.EvidenceEntry> entries = new ArrayList<>();
    for (Item item : source.items()) {
      Decision d = item.decision();
      entries.add(
          new Portfolio.EvidenceEntry(
              item.id(),
              item.title(),
              item.method().name(),
              item.activityDate(),
              d == null ? null : d.assessor(),
              item.withdrawn() ? "WITHDRAWN" : d == null ? "AWAITING_ASSESSOR" : d.verdict().name(),
              d == null ? null : d.proficiency(),
              item.criteria(),
              item.files()));
    }
    entries.sort(
        Comparator.comparing(Portfolio.EvidenceEntry::activityDate)
            .thenComparing(Portfolio.EvidenceEntry::id));
    // Nothing is signed for anyone: a declaration shows a signature only when its person signed.
    List<Portfolio.Declaration> declarations =
        ReportAssets.DECLARATIONS.stream()
            .map(role -> declaration(role, source.signatures().get(role), assets))
            .toList();
    return new Portfolio(
        source.learnerId(),
        source.learnerName(),
        source.uln(),
        source.centreName(),
        assessment,
        entries,
        declarations,
        generatedAt,
        source.audit(),
        source.people());
  }

  private static Portfolio.Declaration declaration(
      String role, Signature signed, ReportAssets assets) {
    return new Portfolio.Declaration(
        role,
        signed == null ? null : signed.name(),
        signed == null ? null : signed.date(),
        assets.declarations().get(role),
        signed == null ? null : signed.recordDate(),
        signed != null && signed.stale());
  }

  /**
   * A portfolio for a learner assessed from an evidence bundle, outside the service: a bundle
   * records decisions (by assessor id, dated by day) but no files, samples or audit trail.
   */
  public static Portfolio fromBundle(
      EvidenceBundle bundle,
      Assessment assessment,
      ReportAssets assets,
      OffsetDateTime generatedAt) {
    List<Item> items = new ArrayList<>();
    for (EvidenceBundle.EvidenceItem item : bundle.evidence()) {
      var d = item.decision();
      items.add(
          new Item(
              item.id(),
              item.title(),
              item.method(),
              item.activityDate(),
              item.learnerDeclaration(),
              item.criteria(),
              List.of(),
              d == null
                  ? null
                  : new Decision(
                      d.verdict(),
                      d.proficiency() == null ? null : d.proficiency().name(),
                      d.assessorId(),
                      d.decidedOn() == null
                          ? null
                          : d.decidedOn().atStartOfDay(Dates.LONDON).toOffsetDateTime())));
    }
    var learner = bundle.learner();
    return assemble(
        new Source(
            learner.id(),
            learner.name(),
            learner.uln().value(),
            null,
            items,
            Map.of(),
            List.of(),
            Map.of()),
        assessment,
        assets,
        generatedAt);
  }
}
