/**
 * Demo data for a newcomer: a centre, assessors and three learners with evidence, on an empty
 * database.
 */
package uk.attest.demo;
