/**
 * The small kernel every feature shares: who is asking ({@link uk.attest.shared.Actor}), the errors
 * a request can meet, field checks, ids and the ULN.
 */
package uk.attest.shared;
