package uk.attest.evidence;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.attest.accounts.Access;
import uk.attest.audit.AuditTrail;
import uk.attest.learners.People.Learner;
import uk.attest.shared.Actor;
import uk.attest.shared.Checks;
import uk.attest.shared.ConflictException;
import uk.attest.shared.Dates;
import uk.attest.shared.Limits;

/**
 * Withdrawing an evidence item: the learner (their own) or their assessor says why, and the item
 * stays stored with its files and judgements, marked withdrawn, no longer assessed. The learner is
 * re-assessed and the withdrawal audited in the same transaction. Nothing is deleted.
 */
@Service
public class Withdrawals {
  private final EvidenceAccess guard;
  private final EvidenceRepository records;
  private final LearnerAssessments assessments;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  Withdrawals(
      EvidenceAccess guard,
      EvidenceRepository records,
      LearnerAssessments assessments,
      Access access,
      AuditTrail audit,
      Clock clock) {
    this.guard = guard;
    this.records = records;
    this.assessments = assessments;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Why the item is withdrawn. */
  public record WithdrawalRequest(
      @Schema(maxLength = Limits.COMMENT, description = "Why; may run over lines") String reason) {}

  @Transactional
  public EvidenceView withdraw(Actor by, String evidenceId, WithdrawalRequest request) {
    Evidence evidence = guard.evidence(by, evidenceId);
    Learner learner = guard.lock(by, evidence.learnerId());
    Access.require(
        access.changesEvidence(by, learner.id()),
        "only the learner and their assigned assessor withdraw evidence");
    Checks checks = new Checks();
    String reason = checks.freeText("reason", request.reason(), Limits.COMMENT, true);
    checks.done();
    records
        .withdrawal(evidenceId)
        .ifPresent(
            w -> {
              throw new ConflictException(
                  "evidence '" + evidenceId + "' was already withdrawn on " + w.at().toLocalDate());
            });
    Withdrawal withdrawal =
        new Withdrawal(
            evidenceId,
            by.accountId() == null ? "system" : by.accountId(),
            by.name(),
            Dates.now(clock),
            reason);
    records.insert(withdrawal);
    assessments.recompute(learner.id(), "evidence " + evidenceId + " withdrawn");
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("title", evidence.title());
    after.put("withdrawn", true);
    after.put("reason", reason);
    audit.record(
        by,
        "evidence.withdrawn",
        "evidence " + evidenceId,
        learner.id(),
        Map.of("title", evidence.title(), "withdrawn", false),
        after);
    return records.view(evidence);
  }
}
