/**
 * A plain-Java reference evaluator written from the handbook, and the test that holds the rules to
 * it.
 */
package uk.attest.assessment.reference;
