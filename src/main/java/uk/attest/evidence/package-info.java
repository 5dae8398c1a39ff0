/**
 * Evidence: a learner's items, what they claim, the assessor's decision, and how bundles are read.
 */
package uk.attest.evidence;
