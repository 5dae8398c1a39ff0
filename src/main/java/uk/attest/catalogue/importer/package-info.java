/**
 * Importers that turn outside formats (role profiles, the NOS database's JSON export) into
 * criteria/ YAML.
 */
package uk.attest.catalogue.importer;
