/** Centres, awarding bodies, assessors, learners and their registrations on qualifications. */
package uk.attest.learners;
