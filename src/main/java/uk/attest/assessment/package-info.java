/**
 * Assessment: from a learner's evidence and the catalogue to facts, through the rules, to an
 * Assessment.
 */
@ApplicationModule(allowedDependencies = {"catalogue", "shared"})
package uk.attest.assessment;

import org.springframework.modulith.ApplicationModule;
