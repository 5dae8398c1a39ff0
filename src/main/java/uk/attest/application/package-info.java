/**
 * How the service is put together: the catalogue, rules and report assets loaded once, the clock,
 * settings, the OpenAPI description, start-up checks, and problem details for every error.
 */
@ApplicationModule(
    allowedDependencies = {
      "reports",
      "quality",
      "evidence",
      "learners",
      "accounts",
      "audit",
      "assessment",
      "assessment :: drools",
      "catalogue",
      "suggestions",
      "shared"
    })
package uk.attest.application;

import org.springframework.modulith.ApplicationModule;
