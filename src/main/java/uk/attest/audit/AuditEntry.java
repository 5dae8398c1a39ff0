package uk.attest.audit;

import java.time.OffsetDateTime;

/**
 * One write: who made it, what and when, with a summary of the record before and after (JSON, or
 * null where there was nothing), chained to the previous entry by its hash.
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
    String hash) {}
