/**
 * The only Drools-aware code: compiles rules/ into a KieBase and runs one session per assessment.
 */
@NamedInterface("drools")
package uk.attest.assessment.drools;

import org.springframework.modulith.NamedInterface;
