/**
 * The text of an uploaded evidence file (PDF, Office, OpenDocument, plain text, CSV, JSON), read on
 * a worker thread within limits on characters, pages, bytes and time; PDFBox and POI stay here.
 */
@NamedInterface("text")
package uk.attest.suggestions.text;

import org.springframework.modulith.NamedInterface;
