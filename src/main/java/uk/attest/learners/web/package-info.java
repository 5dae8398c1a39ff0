/** The HTTP API for centres, awarding bodies, assessors, learners and registrations. */
package uk.attest.learners.web;
