/**
 * Suggestions for an assessor: what an uploaded evidence file says, read as text, to be matched
 * against the criteria it might show.
 */
@ApplicationModule(allowedDependencies = {"shared", "catalogue"})
package uk.attest.suggestions;

import org.springframework.modulith.ApplicationModule;
