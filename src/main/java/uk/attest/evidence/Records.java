package uk.attest.evidence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A learner's records as stored. */
public final class Records {
  private Records() {}

  /**
   * An evidence item; source is UPLOAD (an assessor or learner) or PLATFORM (the learning
   * platform); submittedBy is the account that sent it (null for the system's own, e.g. demo).
   */
  public record Evidence(
      String id,
      String learnerId,
      String title,
      String description,
      String method,
      LocalDate activityDate,
      boolean learnerDeclaration,
      String witnessName,
      String witnessRole,
      String source,
      String platformKind,
      String transcript,
      String idempotencyKey,
      String requestHash,
      OffsetDateTime createdAt,
      String submittedBy) {}

  /** A stored file's facts; its bytes are read separately. */
  public record FileInfo(
      String id,
      String evidenceId,
      int position,
      String fileName,
      String mediaType,
      long size,
      String sha256) {}

  /**
   * An assessor's decision. supersedes names the judgement it replaced, if any; criteria are those
   * claimed when it was made, the only ones it decides.
   */
  public record Judgement(
      String id,
      String evidenceId,
      String verdict,
      String proficiency,
      String feedback,
      String assessorId,
      boolean assessorQualified,
      boolean authenticityConfirmed,
      OffsetDateTime decidedAt,
      String supersedes,
      List<String> criteria) {}

  /** One recomputed assessment, kept with the versions it was made with. */
  public record AssessmentRecord(
      String id,
      String learnerId,
      String registrationId,
      LocalDate assessedOn,
      String catalogueVersion,
      String rulesetVersion,
      int readinessScore,
      String status,
      String cause,
      OffsetDateTime createdAt) {}

  /**
   * An IQA's sampling decision on a judgement: AGREED, or ACTION_REQUIRED with what the assessor
   * must look at again. It never changes the judgement.
   */
  public record Sample(
      String id,
      String evidenceId,
      String judgementId,
      String accountId,
      String iqaName,
      String outcome,
      String comment,
      OffsetDateTime sampledAt) {}

  /** An evidence item with its files, claims and judgements (current last). */
  public record EvidenceView(
      Evidence evidence, List<FileInfo> files, List<String> criteria, List<Judgement> judgements) {
    public Judgement currentJudgement() {
      return judgements.isEmpty() ? null : judgements.get(judgements.size() - 1);
    }
  }
}
