/** The facts the quality rules read (decisions, assessors) and the picks they insert. */
package uk.attest.quality.facts;
