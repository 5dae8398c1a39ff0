package uk.attest.evidence;

import java.time.OffsetDateTime;

/**
 * An IQA's sampling decision on a judgement. It never changes the judgement.
 *
 * @param comment what the assessor must look at again, or a note on the agreement
 */
public record Sample(
    String id,
    String evidenceId,
    String judgementId,
    String accountId,
    String iqaName,
    SampleOutcome outcome,
    String comment,
    OffsetDateTime sampledAt) {}
