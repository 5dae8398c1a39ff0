package uk.attest.evidence;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One recomputed assessment, kept with the versions it was made with and what caused it. */
public record AssessmentRecord(
    String id,
    String learnerId,
    String registrationId,
    LocalDate assessedOn,
    String catalogueVersion,
    String rulesetVersion,
    int readinessScore,
    String status,
    String cause,
    OffsetDateTime createdAt) {}
