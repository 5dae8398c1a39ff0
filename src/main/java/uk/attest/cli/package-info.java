/**
 * The command line: assess, validate, import-role and import-nos, in the same jar as the service.
 */
package uk.attest.cli;
