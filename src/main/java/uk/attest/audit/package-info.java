/** The tamper-evident audit trail: every write, who made it and what changed, chained by hash. */
package uk.attest.audit;
