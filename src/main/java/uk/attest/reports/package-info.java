/**
 * Portfolios and reports: the learner's portfolio as PDF and Excel, and the awarding-body export.
 * OpenPDF and POI are used only by the renderers here.
 */
@ApplicationModule(
    allowedDependencies = {
      "evidence",
      "learners",
      "accounts",
      "audit",
      "assessment",
      "catalogue",
      "shared"
    })
package uk.attest.reports;

import org.springframework.modulith.ApplicationModule;
