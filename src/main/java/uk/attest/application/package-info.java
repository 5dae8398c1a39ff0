/** The HTTP service: catalogue browsing and live assessment over the same engine as the CLI. */
package uk.attest.application;
