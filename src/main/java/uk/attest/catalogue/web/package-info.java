/**
 * The HTTP API for browsing the catalogue: standards, qualifications, role frameworks and criteria
 * search.
 */
package uk.attest.catalogue.web;
