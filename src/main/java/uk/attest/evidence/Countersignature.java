package uk.attest.evidence;

import java.time.OffsetDateTime;

/**
 * A qualified assessor's countersignature of a trainee assessor's acceptance, which makes it count.
 *
 * @param accountId the account that countersigned
 */
public record Countersignature(
    String assessorId, String assessorName, String accountId, OffsetDateTime countersignedAt) {}
