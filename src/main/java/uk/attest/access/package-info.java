/** Accounts, roles and who may see and do what: the scoping every service applies. */
package uk.attest.access;
