package uk.attest.assessment.facts;

import uk.attest.catalogue.Method;

/** A claim that counts towards its criterion: accepted, valid, authentic, current and reliable. */
public record Counted(String evidenceId, String criterionId, Method method, String rule) {}
