package uk.attest.audit;

import java.time.OffsetDateTime;

/**
 * One write: who made it, what and when, with a summary of the record before and after (JSON, or
 * null where there was nothing), chained by its hash to the previous entry of its chain. seq is the
 * entry's number in the whole trail (what readers page by); chainId and chainSeq are its chain
 * ("learner:" + id, "system", or "legacy" for entries written before the trail had chains) and its
 * position there.
 */
public record AuditEntry(
    long seq,
    OffsetDateTime recordedAt,
    String accountId,
    String actor,
    String action,
    String subject,
    String learnerId,
    String before,
    String after,
    String prevHash,
    String hash,
    String chainId,
    long chainSeq) {

  /** An entry of the single chain the trail had before chains: its position is its number. */
  public AuditEntry(
      long seq,
      OffsetDateTime recordedAt,
      String accountId,
      String actor,
      String action,
      String subject,
      String learnerId,
      String before,
      String after,
      String prevHash,
      String hash) {
    this(
        seq,
        recordedAt,
        accountId,
        actor,
        action,
        subject,
        learnerId,
        before,
        after,
        prevHash,
        hash,
        AuditChains.LEGACY,
        seq);
  }
}
