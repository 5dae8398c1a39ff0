/**
 * Open Badges 3.0: a learner's achieved units, competencies and READY qualification as
 * OpenBadgeCredentials (W3C Verifiable Credentials), signed as VC-JWTs with the issuer's ES256 key,
 * with the issuer's profile, public keys and each credential's revocation status published, and an
 * offline verifier.
 */
@ApplicationModule(allowedDependencies = {"evidence", "assessment", "learners", "shared"})
package uk.attest.credentials;

import org.springframework.modulith.ApplicationModule;
