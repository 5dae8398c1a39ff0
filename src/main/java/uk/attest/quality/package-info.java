/**
 * Internal quality assurance: a centre's sampling plan by risk, worked out by the rules in
 * rules/quality/, and the coverage of its sampling per assessor, standard, method and stage.
 */
@ApplicationModule(
    allowedDependencies = {"evidence", "learners", "accounts", "assessment", "catalogue", "shared"})
package uk.attest.quality;

import org.springframework.modulith.ApplicationModule;
