/**
 * The command line: assess, export, validate, import-role, import-nos and suggest, in the same jar
 * as the service.
 */
@ApplicationModule(
    allowedDependencies = {
      "reports",
      "assessment",
      "assessment :: drools",
      "catalogue",
      "catalogue :: importers",
      "suggestions",
      "shared"
    })
package uk.attest.cli;

import org.springframework.modulith.ApplicationModule;
