/**
 * The command line: assess, validate, import-role and import-nos, in the same jar as the service.
 */
@ApplicationModule(
    allowedDependencies = {
      "reports",
      "assessment",
      "assessment :: drools",
      "catalogue",
      "catalogue :: importers",
      "shared"
    })
package uk.attest.cli;

import org.springframework.modulith.ApplicationModule;
