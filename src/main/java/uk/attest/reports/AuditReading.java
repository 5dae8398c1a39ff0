package uk.attest.reports;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.attest.accounts.Access;
import uk.attest.audit.AuditCheckpoints;
import uk.attest.audit.AuditEntry;
import uk.attest.audit.AuditTrail;
import uk.attest.evidence.LearnerEvidence;
import uk.attest.learners.PeopleService;
import uk.attest.shared.Actor;
import uk.attest.shared.Dates;
import uk.attest.shared.InvalidInputException;

/**
 * The audit trail as each actor may read it: admins read all of it, admins and awarding bodies
 * verify the chain, and whoever sees a learner's records sees that learner's entries.
 */
@Service
public class AuditReading {
  private final AuditTrail trail;
  private final Access access;
  private final PeopleService learners;
  private final LearnerEvidence evidence;
  private final AuditContexts contexts;
  private final Clock clock;
  private final AuditCheckpoints checkpoints;
  private final TransactionTemplate transaction;

  AuditReading(
      AuditTrail trail,
      Access access,
      PeopleService learners,
      LearnerEvidence evidence,
      AuditContexts contexts,
      AuditCheckpoints checkpoints,
      TransactionTemplate transaction,
      Clock clock) {
    this.checkpoints = checkpoints;
    this.transaction = transaction;
    this.evidence = evidence;
    this.contexts = contexts;
    this.trail = trail;
    this.access = access;
    this.learners = learners;
    this.clock = clock;
  }

  public List<AuditEntry> entries(Actor by, long after, int limit) {
    Access.require(access.readsAudit(by), "only an admin reads the whole audit trail");
    if (limit < 1 || limit > 1000) {
      throw new InvalidInputException("limit", "must be from 1 to 1000");
    }
    return trail.entries(after, limit);
  }

  public AuditTrail.Verification verify(Actor by) {
    Access.require(
        access.verifiesAudit(by), "only admins and awarding bodies check the audit chain");
    return trail.verify();
  }

  /**
   * Takes a signed checkpoint of every chain's head now (admins), and records who asked for it in
   * the audit trail (after the checkpoint, so the next one covers that entry).
   */
  public AuditCheckpoints.Checkpoint checkpoint(Actor by) {
    Access.require(access.readsAudit(by), "only an admin takes an audit checkpoint");
    AuditCheckpoints.Checkpoint taken = checkpoints.checkpoint();
    transaction.executeWithoutResult(
        status ->
            trail.record(
                by,
                "audit.checkpointed",
                "audit checkpoint " + taken.number(),
                null,
                null,
                Map.of(
                    "number", taken.number(),
                    "chains", taken.chains(),
                    "root", taken.root())));
    return taken;
  }

  /** One change to a learner's records, as a sentence, with its UK time and number in the chain. */
  public record HistoryLine(java.time.LocalDateTime at, String sentence, long seq) {}

  /** A learner and the changes to their records, newest first. */
  public record History(uk.attest.learners.People.Learner learner, List<HistoryLine> lines) {}

  /** A learner's audit entries as sentences, newest first, for whoever sees their records. */
  @org.springframework.transaction.annotation.Transactional(readOnly = true)
  public History history(Actor by, String learnerId) {
    var learner = learners.learnerForRecords(by, learnerId);
    java.util.Map<String, String> titles = new java.util.HashMap<>();
    evidence.list(by, learnerId).forEach(v -> titles.put(v.evidence().id(), v.evidence().title()));
    var context = contexts.forLearner(learner, titles);
    List<AuditEntry> entries =
        new java.util.ArrayList<>(trail.ofLearner(learnerId, Dates.today(clock)));
    java.util.Collections.reverse(entries);
    return new History(
        learner,
        entries.stream()
            .map(
                e ->
                    new HistoryLine(
                        e.recordedAt().atZoneSameInstant(Dates.LONDON).toLocalDateTime(),
                        AuditSentences.of(e, context),
                        e.seq()))
            .toList());
  }

  public List<AuditEntry> ofLearner(Actor by, String learnerId) {
    learners.learnerForRecords(by, learnerId);
    return trail.ofLearner(learnerId, Dates.today(clock));
  }
}
