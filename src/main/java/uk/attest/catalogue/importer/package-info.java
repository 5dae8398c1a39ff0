/**
 * Importers that turn outside formats (role profiles, the NOS database's JSON export) into
 * criteria/ YAML.
 */
@NamedInterface("importers")
package uk.attest.catalogue.importer;

import org.springframework.modulith.NamedInterface;
