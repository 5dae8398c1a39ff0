/**
 * The only Drools-aware code: compiles rules/ into a KieBase and runs one session per assessment.
 */
package uk.attest.assessment.drools;
