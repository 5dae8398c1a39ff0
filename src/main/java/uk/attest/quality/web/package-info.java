/** The sampling plan and its coverage over HTTP: the API and the pages IQAs and EQAs read. */
package uk.attest.quality.web;
