/** Sign-in over HTTP (sessions, HTTP Basic, bearer tokens, throttling) and the accounts API. */
package uk.attest.accounts.web;
