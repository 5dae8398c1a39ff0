/**
 * Demo data for a newcomer: a centre, assessors and three learners with evidence, on an empty
 * database.
 */
@ApplicationModule(
    allowedDependencies = {"evidence", "learners", "accounts", "assessment", "catalogue", "shared"})
package uk.attest.demo;

import org.springframework.modulith.ApplicationModule;
