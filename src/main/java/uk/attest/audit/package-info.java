/** The tamper-evident audit trail: every write, who made it and what changed, chained by hash. */
@ApplicationModule(allowedDependencies = {"shared"})
package uk.attest.audit;

import org.springframework.modulith.ApplicationModule;
