package uk.attest.evidence;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
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
import uk.attest.shared.Enums;
import uk.attest.shared.Ids;
import uk.attest.shared.Limits;

/**
 * Internal quality assurance: an IQA of the learner's centre samples the current judgement of an
 * item. The judgement stays as the assessor made it; ACTION_REQUIRED asks the assessor to look
 * again.
 */
@Service
public class Sampling {
  private final EvidenceAccess guard;
  private final EvidenceRepository records;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  Sampling(
      EvidenceAccess guard,
      EvidenceRepository records,
      Access access,
      AuditTrail audit,
      Clock clock) {
    this.guard = guard;
    this.records = records;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** An IQA's sampling decision: AGREED, or ACTION_REQUIRED saying what to look at again. */
  public record SampleRequest(
      @Schema(maxLength = Limits.SHORT_CHOICE, description = "AGREED or ACTION_REQUIRED")
          String outcome,
      @Schema(maxLength = Limits.COMMENT, description = "Free text; may run over lines")
          String comment) {}

  @Transactional
  public Sample sample(Actor by, String evidenceId, SampleRequest request) {
    Evidence evidence = guard.evidence(by, evidenceId);
    Learner learner = guard.lock(by, evidence.learnerId());
    Access.require(
        access.samples(by, learner.centreId()),
        "only an IQA of the learner's centre records sampling decisions");
    Checks checks = new Checks();
    String text = checks.text("outcome", request.outcome(), Limits.SHORT_CHOICE);
    SampleOutcome outcome =
        text == null ? null : Enums.named(SampleOutcome.class, text).orElse(null);
    checks.check(text == null || outcome != null, "outcome", "must be AGREED or ACTION_REQUIRED");
    String comment = checks.freeText("comment", request.comment(), Limits.COMMENT, true);
    checks.done();
    List<Judgement> history = records.judgements(evidenceId);
    if (history.isEmpty()) {
      throw new ConflictException(
          "evidence " + evidenceId + " has no judgement yet; IQA samples an assessor's decision");
    }
    Judgement current = history.get(history.size() - 1);
    Sample sample =
        new Sample(
            Ids.next("smp"),
            evidenceId,
            current.id(),
            by.accountId(),
            by.name(),
            outcome,
            comment,
            Dates.now(clock));
    records.insert(sample);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("sample", sample.id());
    after.put("judgement", current.id());
    after.put("outcome", outcome);
    after.put("comment", comment);
    audit.record(
        by,
        "iqa.sampled",
        "evidence " + evidenceId,
        learner.id(),
        AuditSummaries.of(current),
        after);
    return sample;
  }

  @Transactional(readOnly = true)
  public List<Sample> samples(Actor by, String evidenceId) {
    return records.samples(guard.evidence(by, evidenceId).id());
  }
}
