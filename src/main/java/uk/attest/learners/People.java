package uk.attest.learners;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The people Attest knows, as stored. */
public final class People {
  private People() {}

  public record Centre(String id, String name, OffsetDateTime createdAt) {}

  public record Assessor(
      String id, String centreId, String name, boolean qualified, OffsetDateTime createdAt) {}

  public record AwardingBody(String id, String name, OffsetDateTime createdAt) {}

  /** A centre registered with an awarding body, which may then read and export its records. */
  public record Approval(String centreId, String awardingBodyId, OffsetDateTime approvedAt) {}

  public record Learner(
      String id, String centreId, String name, String uln, OffsetDateTime createdAt) {}

  /**
   * An admin moving a learner from one assessor to another of the same centre.
   *
   * @param fromAssessorId null when the learner had no assessor
   * @param name who made the change, as they were named then
   */
  public record AssessorChange(
      String id,
      String learnerId,
      String fromAssessorId,
      String toAssessorId,
      String name,
      OffsetDateTime changedAt,
      String reason) {}

  /** A learner's registration on a qualification; weekly hours null means the policy default. */
  public record Registration(
      String id,
      String learnerId,
      String qualificationId,
      String currentRole,
      LocalDate startDate,
      BigDecimal weeklyLearningHours,
      String assessorId,
      OffsetDateTime createdAt) {}
}
