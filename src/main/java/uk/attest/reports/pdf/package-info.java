/** The learner's portfolio as an archival PDF, one class per section of the document. */
package uk.attest.reports.pdf;
