package uk.attest.reports;

import java.time.OffsetDateTime;
import uk.attest.shared.Role;

/**
 * A declaration on a learner's portfolio, signed by a person after re-entering their password.
 *
 * @param role whose declaration: LEARNER, ASSESSOR or IQA
 * @param recordId the newest assessment record when it was signed: what the signature covers
 * @param recordCreatedAt when that record was made
 */
public record DeclarationSignature(
    String id,
    String learnerId,
    Role role,
    String accountId,
    String signerName,
    String recordId,
    OffsetDateTime recordCreatedAt,
    OffsetDateTime signedAt) {}
