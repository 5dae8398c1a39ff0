/**
 * A learner's records: evidence items with their files and claims, append-only judgements, and the
 * assessment recomputed in the same transaction as every change.
 */
@ApplicationModule(
    allowedDependencies = {
      "learners",
      "accounts",
      "audit",
      "assessment",
      "catalogue",
      "suggestions",
      "suggestions :: text",
      "shared"
    })
package uk.attest.evidence;

import org.springframework.modulith.ApplicationModule;
