/**
 * The catalogue: NOS units, qualifications, role frameworks and policy, loaded from criteria/ and
 * validated.
 */
package uk.attest.catalogue;
