/**
 * The facts the rules read (inputs prepared from the catalogue and the evidence) and the result
 * facts they insert, each result carrying the rule id, a reason a learner can read, and evidence
 * ids.
 */
package uk.attest.assessment.facts;
