package uk.attest.evidence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import uk.attest.catalogue.Method;

/**
 * An evidence item as stored. Made only by {@link NewEvidence#stored}, whichever way it arrived.
 *
 * @param witness null when nobody witnessed it
 * @param platformKind and transcript: only for items from the learning platform
 * @param idempotencyKey the key it was stored under, so a retry finds it (may be null)
 * @param fingerprint a hash of what was sent, so a retry can be told from a different request
 * @param submittedBy the account that sent it (null for the system's own, e.g. demo data)
 */
public record Evidence(
    String id,
    String learnerId,
    String title,
    String description,
    Method method,
    LocalDate activityDate,
    boolean learnerDeclaration,
    Witness witness,
    Source source,
    PlatformKind platformKind,
    String transcript,
    String idempotencyKey,
    String fingerprint,
    OffsetDateTime createdAt,
    String submittedBy) {}
