/**
 * Accounts and their roles, bearer tokens, throttled sign-in, and the access policy: who may see
 * and do what, which every service asks before it reads or writes.
 */
@ApplicationModule(allowedDependencies = {"audit", "shared"})
package uk.attest.accounts;

import org.springframework.modulith.ApplicationModule;
