/** Centres, awarding bodies, assessors, learners and their registrations on qualifications. */
@ApplicationModule(allowedDependencies = {"accounts", "audit", "catalogue", "shared"})
package uk.attest.learners;

import org.springframework.modulith.ApplicationModule;
