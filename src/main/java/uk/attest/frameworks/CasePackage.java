package uk.attest.frameworks;

import java.util.Map;

/**
 * One CASE 1.1 CFPackage (CFDocument, CFItems, CFAssociations, CFDefinitions) as ordered JSON.
 *
 * @param name the catalogue's name for what it frameworks: a NOS code or a qualification id
 */
public record CasePackage(String identifier, String name, Map<String, Object> json) {
  public CasePackage {
    json = java.util.Collections.unmodifiableMap(json);
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> document() {
    return (Map<String, Object>) json.get("CFDocument");
  }

  /** A file name for the package: the catalogue name made safe for any file system. */
  public String fileName() {
    return name.replaceAll("[^A-Za-z0-9.&-]", "_") + ".json";
  }
}
