/**
 * The catalogue: NOS units, qualifications, role frameworks and policy, loaded from criteria/ and
 * validated.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package uk.attest.catalogue;

import org.springframework.modulith.ApplicationModule;
