/**
 * The learning platform's evidence as a Kafka stream: one item a message, keyed by learner, stored
 * and assessed through the same intake as the HTTP ingest; off unless attest.kafka.enabled is set.
 */
@ApplicationModule(allowedDependencies = {"evidence", "shared"})
package uk.attest.platform;

import org.springframework.modulith.ApplicationModule;
