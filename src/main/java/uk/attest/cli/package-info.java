/**
 * The command line: assess, export, validate, import-role, import-nos, suggest and
 * verify-credential, in the same jar as the service.
 */
@ApplicationModule(
    allowedDependencies = {
      "reports",
      "assessment",
      "assessment :: drools",
      "catalogue",
      "catalogue :: importers",
      "suggestions",
      "credentials",
      "shared"
    })
package uk.attest.cli;

import org.springframework.modulith.ApplicationModule;
