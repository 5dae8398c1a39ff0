package uk.attest.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.Names;

/**
 * Everything a learner's portfolio shows, gathered before any rendering: who, where, the assessment
 * (with the rule and evidence behind every cell), the evidence index, the declarations, and the
 * learner's entries in the audit trail.
 */
public record Portfolio(
    String learnerId,
    String learnerName,
    String uln,
    String centreName,
    Assessment assessment,
    List<EvidenceEntry> evidence,
    List<Declaration> declarations,
    OffsetDateTime generatedAt,
    List<AuditLine> audit,
    Map<String, String> people) {

  public Portfolio {
    evidence = List.copyOf(evidence);
    declarations = List.copyOf(declarations);
    audit = List.copyOf(audit);
    people = Map.copyOf(people);
  }

  /** A portfolio whose reasons name no one but by the ids they carry. */
  public Portfolio(
      String learnerId,
      String learnerName,
      String uln,
      String centreName,
      Assessment assessment,
      List<EvidenceEntry> evidence,
      List<Declaration> declarations,
      OffsetDateTime generatedAt,
      List<AuditLine> audit) {
    this(
        learnerId,
        learnerName,
        uln,
        centreName,
        assessment,
        evidence,
        declarations,
        generatedAt,
        audit,
        Map.of());
  }

  /** A portfolio with no audit trail: one assessed from an evidence bundle, outside the service. */
  public Portfolio(
      String learnerId,
      String learnerName,
      String uln,
      String centreName,
      Assessment assessment,
      List<EvidenceEntry> evidence,
      List<Declaration> declarations,
      OffsetDateTime generatedAt) {
    this(
        learnerId,
        learnerName,
        uln,
        centreName,
        assessment,
        evidence,
        declarations,
        generatedAt,
        List.of(),
        Map.of());
  }

  /**
   * The words a reader sees in place of the ids the rules' reasons carry: each evidence item's
   * title, in quotes, and each assessor's name where the portfolio knows it.
   */
  public Names names() {
    Map<String, String> names = new LinkedHashMap<>(people);
    evidence.forEach(e -> names.put(e.id(), "'" + e.title() + "'"));
    return Names.of(names);
  }

  /**
   * One row of the evidence index.
   *
   * @param decision ACCEPTED, REFERRED, AWAITING_ASSESSOR or WITHDRAWN (kept on record, no longer
   *     counting)
   */
  public record EvidenceEntry(
      String id,
      String title,
      String method,
      LocalDate activityDate,
      String assessor,
      String decision,
      String proficiency,
      List<String> criteria,
      List<FileEntry> files) {
    public EvidenceEntry {
      criteria = List.copyOf(criteria);
      files = List.copyOf(files);
    }
  }

  public record FileEntry(String name, String mediaType, long size, String sha256) {}

  /**
   * A declaration on the portfolio: the learner's, the assessor's or the IQA's, as a person signed
   * it (nothing is signed for them).
   *
   * @param name null (with date null) while nobody has signed it
   * @param recordDate the day of the assessment record they signed, or null when not known
   * @param stale whether the evidence or its assessment has changed since they signed, so the
   *     signature covers an earlier state
   */
  public record Declaration(
      String role, String name, LocalDate date, String text, LocalDate recordDate, boolean stale) {
    private static final java.time.format.DateTimeFormatter DAY =
        java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    /** A declaration signed (or not) without a record to compare it with. */
    public Declaration(String role, String name, LocalDate date, String text) {
      this(role, name, date, text, null, false);
    }

    /** How the signature reads: "Signed by … on …", with the record it covers, or not signed. */
    public String status() {
      if (name == null) {
        return "Not yet signed";
      }
      String on = date == null ? "" : " on " + DAY.format(date);
      String record = recordDate == null ? "" : " for the record of " + DAY.format(recordDate);
      return "Signed by "
          + name
          + on
          + record
          + (stale ? "; the evidence or its assessment has changed since" : "");
    }
  }

  /**
   * One write to the learner's records, from the audit trail.
   *
   * @param seq the entry's number in the trail
   * @param actor who made the write
   * @param action what kind of write, e.g. judgement.recorded
   * @param change the record before and after, in short
   * @param hash the entry's hash, which chains it to the one before
   * @param sentence what happened, in words with names and titles
   */
  public record AuditLine(
      long seq,
      OffsetDateTime at,
      String actor,
      String action,
      String subject,
      String change,
      String hash,
      String sentence) {

    /** An entry read as plainly as its action allows, when no names are to hand. */
    public AuditLine(
        long seq,
        OffsetDateTime at,
        String actor,
        String action,
        String subject,
        String change,
        String hash) {
      this(
          seq,
          at,
          actor,
          action,
          subject,
          change,
          hash,
          AuditSentences.who(actor) + ": " + action + " " + subject);
    }
  }
}
