package uk.attest.portfolio;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.attest.assessment.Assessment;

/**
 * Everything a learner's portfolio shows, gathered before any rendering: who, where, the assessment
 * (with the rule and evidence behind every cell), the evidence index, and the declarations.
 */
public record Portfolio(
    String learnerId,
    String learnerName,
    String uln,
    String centreName,
    Assessment assessment,
    List<EvidenceEntry> evidence,
    List<Declaration> declarations,
    OffsetDateTime generatedAt) {

  public Portfolio {
    evidence = List.copyOf(evidence);
    declarations = List.copyOf(declarations);
  }

  /**
   * One row of the evidence index.
   *
   * @param decision ACCEPTED, REFERRED or AWAITING_ASSESSOR
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
   * A declaration on the portfolio: the learner's, the assessor's or the IQA's.
   *
   * @param name null (with date null) while nobody has made it
   */
  public record Declaration(String role, String name, LocalDate date, String text) {}
}
