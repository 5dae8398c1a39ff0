/**
 * xAPI 1.0.3: statements a learning platform's activities emit (a practice scenario or a
 * conversation completed), received as a learning record store's statements resource receives them,
 * and stored as the learner's evidence through the platform intake.
 */
@ApplicationModule(allowedDependencies = {"evidence", "shared"})
package uk.attest.xapi;

import org.springframework.modulith.ApplicationModule;
