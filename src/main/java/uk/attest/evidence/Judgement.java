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
 * @param countersignature a qualified assessor's countersignature of a trainee's decision, or null
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
    int filesVersion,
    Countersignature countersignature) {

  public Judgement {
    criteria = List.copyOf(criteria);
  }

  /** A judgement of the files as first uploaded, not countersigned. */
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
        1,
        null);
  }

  /** A trainee assessor's acceptance that a qualified assessor has yet to countersign. */
  public boolean awaitsCountersignature() {
    return verdict == Verdict.ACCEPTED && !assessorQualified && countersignature == null;
  }

  Judgement countersigned(Countersignature c) {
    return with(criteria, c);
  }

  /** This judgement with the criteria it covers and its countersignature, as stored beside it. */
  Judgement with(List<String> coveredCriteria, Countersignature c) {
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
        coveredCriteria,
        filesVersion,
        c);
  }
}
