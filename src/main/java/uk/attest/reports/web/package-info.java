/**
 * The HTTP API for portfolios (PDF and Excel), awarding-body exports and reading the audit trail.
 */
package uk.attest.reports.web;
