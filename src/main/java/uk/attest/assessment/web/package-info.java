/**
 * The HTTP API over the engine: assess an evidence bundle posted as JSON, exactly as the CLI does.
 */
package uk.attest.assessment.web;
