/**
 * The HTTP API for evidence: uploads, claims, judgements, IQA samples, platform intake and
 * learners' assessments.
 */
package uk.attest.evidence.web;
