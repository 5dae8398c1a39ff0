/**
 * The command line: assess, assess-all, export, validate, import-role, import-nos, suggest, the
 * CASE export and import, and verify-credential, in the same jar as the service.
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
      "credentials",
      "shared"
    })
package uk.attest.cli;

import org.springframework.modulith.ApplicationModule;
