/**
 * How the service is put together: the catalogue, rules and report assets loaded once, the clock,
 * settings, the OpenAPI description, start-up checks, and problem details for every error.
 */
package uk.attest.application;
