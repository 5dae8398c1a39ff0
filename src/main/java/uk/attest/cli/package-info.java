/**
 * The command line: assess, export, validate, import-role, import-nos, suggest and the CASE export
 * and import, in the same jar as the service.
 */
@ApplicationModule(
    allowedDependencies = {
      "reports",
      "assessment",
      "assessment :: drools",
      "catalogue",
      "catalogue :: importers",
      "frameworks",
      "suggestions",
      "shared"
    })
package uk.attest.cli;

import org.springframework.modulith.ApplicationModule;
