/**
 * Competency frameworks in 1EdTech CASE 1.1: the catalogue's NOS units and qualifications exported
 * as CFPackages, and a CASE package imported as a criteria/ standard.
 */
@ApplicationModule(allowedDependencies = {"catalogue", "catalogue :: importers", "shared"})
package uk.attest.frameworks;

import org.springframework.modulith.ApplicationModule;
