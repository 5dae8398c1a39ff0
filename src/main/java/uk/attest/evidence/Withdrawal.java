package uk.attest.evidence;

import java.time.OffsetDateTime;

/**
 * An evidence item withdrawn by the learner or their assessor: it stays stored, and no longer
 * counts from the day it was withdrawn.
 *
 * @param name who withdrew it, as they were named then
 */
public record Withdrawal(
    String evidenceId, String accountId, String name, OffsetDateTime at, String reason) {}
