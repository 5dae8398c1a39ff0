/**
 * A learner's records: evidence items with their files and claims, append-only judgements, and the
 * assessment recomputed in the same transaction as every change.
 */
package uk.attest.evidence;
