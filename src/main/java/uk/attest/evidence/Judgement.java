package uk.attest.evidence;

import java.time.OffsetDateTime;
import java.util.List;
import uk.attest.assessment.Verdict;

/**
 * An assessor's decision. Judgements are never edited: a new one supersedes the current one.
 *
 * @param proficiency the proficiency shown, when accepted
 * @param supersedes the judgement it replaced, if any
 * @param criteria those claimed when it was made, the only ones it decides
 * @param filesVersion the version of the item's files it was made on, the only one it decides
 */
public record Judgement(
    String id,
    String evidenceId,
    Verdict verdict,
    String proficiency,
    String feedback,
    String assessorId,
    boolean assessorQualified,
    boolean authenticityConfirmed,
    OffsetDateTime decidedAt,
    String supersedes,
    List<String> criteria,
    int filesVersion) {

  public Judgement {
    criteria = List.copyOf(criteria);
  }

  /** A judgement of the files as first uploaded. */
  public Judgement(
      String id,
      String evidenceId,
      Verdict verdict,
      String proficiency,
      String feedback,
      String assessorId,
      boolean assessorQualified,
      boolean authenticityConfirmed,
      OffsetDateTime decidedAt,
      String supersedes,
      List<String> criteria) {
    this(
        id,
        evidenceId,
        verdict,
        proficiency,
        feedback,
        assessorId,
        assessorQualified,
        authenticityConfirmed,
        decidedAt,
        supersedes,
        criteria,
        1);
  }

  Judgement covering(List<String> criteria) {
    return new Judgement(
        id,
        evidenceId,
        verdict,
        proficiency,
        feedback,
        assessorId,
        assessorQualified,
        authenticityConfirmed,
        decidedAt,
        supersedes,
        criteria,
        filesVersion);
  }
}
