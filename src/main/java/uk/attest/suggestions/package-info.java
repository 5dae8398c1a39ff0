/**
 * Suggestions: which criteria a piece of evidence shows, ranked and explained for a person to
 * confirm. The text of uploaded files is read (the {@code text} interface); lexical ranking (Lucene
 * BM25 over the criteria and their unit's title, keywords and overview) and a sentence-embedding
 * model that runs in-process are combined by a calibrated logistic score. Nothing is judged here: a
 * suggestion becomes a claim only when a person confirms it.
 */
@ApplicationModule(allowedDependencies = {"shared", "catalogue"})
package uk.attest.suggestions;

import org.springframework.modulith.ApplicationModule;
