/**
 * The CASE 1.1 REST binding's read side for public frameworks: the list of CFDocuments and each
 * CFPackage, readable without signing in.
 */
package uk.attest.frameworks.web;
