/**
 * Assessment: from a learner's evidence and the catalogue to facts, through the rules, to an
 * Assessment.
 */
package uk.attest.assessment;
