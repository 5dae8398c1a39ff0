/**
 * The small kernel every feature shares: who is asking ({@link uk.attest.shared.Actor}), the errors
 * a request can meet, field checks, ids and the ULN.
 */
@ApplicationModule(allowedDependencies = {})
package uk.attest.shared;

import org.springframework.modulith.ApplicationModule;
