package uk.attest.evidence;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.attest.accounts.Access;
import uk.attest.audit.AuditTrail;
import uk.attest.catalogue.Catalogue;
import uk.attest.shared.Actor;
import uk.attest.shared.Checks;
import uk.attest.shared.ConflictException;
import uk.attest.shared.Dates;
import uk.attest.shared.InvalidInputException;
import uk.attest.shared.Limits;
import uk.attest.shared.NotFoundException;

/**
 * Claiming evidence against criteria and withdrawing a claim: the learner or their assessor, with
 * the learner locked, the assessment recomputed and the change audited in one transaction. A claim
 * made after a judgement awaits an assessor: the judgement decided only what was claimed then.
 */
@Service
public class Claims {
  private final EvidenceAccess guard;
  private final EvidenceRepository records;
  private final LearnerAssessments assessments;
  private final Catalogue catalogue;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  Claims(
      EvidenceAccess guard,
      EvidenceRepository records,
      LearnerAssessments assessments,
      Catalogue catalogue,
      Access access,
      AuditTrail audit,
      Clock clock) {
    this.guard = guard;
    this.records = records;
    this.assessments = assessments;
    this.catalogue = catalogue;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public EvidenceView claim(Actor by, String evidenceId, List<String> criteria) {
    Evidence evidence = guard.evidence(by, evidenceId);
    guard.lock(by, evidence.learnerId());
    Access.require(
        access.writesEvidence(by, evidence.learnerId()),
        "only the learner and their assigned assessor claim evidence against criteria");
    refuseIfWithdrawn(evidenceId);
    if (criteria == null || criteria.isEmpty()) {
      throw new InvalidInputException("criteria", "is required: a list of criterion ids");
    }
    Checks checks = new Checks();
    List<String> claimed =
        List.copyOf(
            new LinkedHashSet<>(
                checks.ids("criteria", criteria, Limits.CRITERIA, Limits.CRITERION)));
    checks.done();
    List<String> unknown = EvidenceChecks.unknown(catalogue, claimed);
    if (!unknown.isEmpty()) {
      throw new UnknownCriteriaException(unknown);
    }
    List<String> before = records.claims(evidenceId);
    if (records.claim(evidenceId, claimed, Dates.now(clock)) > 0) {
      assessments.recompute(
          evidence.learnerId(),
          "evidence " + evidenceId + " claimed against " + String.join(", ", claimed));
      audit.record(
          by,
          "evidence.claimed",
          "evidence " + evidenceId,
          evidence.learnerId(),
          Map.of("criteria", before),
          Map.of("criteria", records.claims(evidenceId)));
    }
    return records.view(evidence);
  }

  @Transactional
  public EvidenceView unclaim(Actor by, String evidenceId, String criterionId) {
    Evidence evidence = guard.evidence(by, evidenceId);
    guard.lock(by, evidence.learnerId());
    Access.require(
        access.writesEvidence(by, evidence.learnerId()),
        "only the learner and their assigned assessor withdraw claims");
    refuseIfWithdrawn(evidenceId);
    List<String> before = records.claims(evidenceId);
    if (!records.unclaim(evidenceId, criterionId)) {
      throw new NotFoundException("claim of evidence " + evidenceId + " against", criterionId);
    }
    assessments.recompute(
        evidence.learnerId(),
        "evidence " + evidenceId + " no longer claimed against " + criterionId);
    audit.record(
        by,
        "evidence.unclaimed",
        "evidence " + evidenceId,
        evidence.learnerId(),
        Map.of("criteria", before),
        Map.of("criteria", records.claims(evidenceId)));
    return records.view(evidence);
  }

  /**
   * A withdrawn item keeps the claims it had when it was withdrawn, as its portfolio shows them.
   */
  private void refuseIfWithdrawn(String evidenceId) {
    if (records.withdrawal(evidenceId).isPresent()) {
      throw new ConflictException(
          "evidence '" + evidenceId + "' was withdrawn; its claims are no longer changed");
    }
  }
}
