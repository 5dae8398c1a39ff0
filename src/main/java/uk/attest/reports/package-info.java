/**
 * Portfolios and reports: the learner's portfolio as PDF and Excel, and the awarding-body export.
 * OpenPDF and POI are used only by the renderers here.
 */
package uk.attest.reports;
