package uk.attest.catalogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads criteria/ into a {@link Catalogue}: policy.yaml, standards/**, qualifications/*, roles/*.
 * Every problem in every file is collected, with file and line, before failing.
 */
public final class CatalogueLoader {
  private final Path dir;
  private final CriteriaFolder folder;
  private final References refs;

  /** Lines of the fields that identify a file's entry, for problems found after reading. */
  private final Map<String, Integer> idLines = new HashMap<>();

  private CatalogueLoader(Path dir) {
    this.dir = dir;
    this.folder = new CriteriaFolder(dir);
    this.refs = new References(folder);
  }

  /** Loads and validates the catalogue, or throws with every problem found. */
  public static Catalogue load(Path dir) {
    return new CatalogueLoader(dir).load();
  }

  private Catalogue load() {
    if (!Files.isDirectory(dir)) {
      throw new CatalogueException(
          List.of(new CatalogueProblem(dir.toString(), 0, "", "criteria folder not found")));
    }
    PolicyReader policyReader = new PolicyReader(folder);
    Policy policy = policyReader.read();
    StandardReader standards = new StandardReader(folder, policy, refs);
    List<NosUnit> units = new ArrayList<>();
    for (Path file : folder.yamlFiles("standards")) {
      YamlMap m = folder.parse(file);
      if (m == null) {
        refs.standardsFileUnreadable();
      } else {
        idLines.put(m.file(), m.line("code"));
        NosUnit unit = standards.read(m);
        if (unit != null) {
          units.add(unit);
        }
      }
    }
    Map<String, String> unitsByCode = new LinkedHashMap<>();
    for (NosUnit u : units) {
      claim(
          unitsByCode,
          u.code(),
          u.source(),
          idLines.getOrDefault(u.source(), 1),
          "code",
          "NOS code");
    }
    if (policy != null) {
      policy.currencyMonthsByUnit().keySet().stream()
          .filter(code -> !unitsByCode.containsKey(code))
          .forEach(
              code ->
                  folder.report(
                      new CatalogueProblem(
                          folder.label(folder.file("policy.yaml")),
                          policyReader.currencyLine(code),
                          "currency.units." + code,
                          "unknown NOS unit '" + code + "'")));
    }
    QualificationReader qualificationReader = new QualificationReader(folder, refs);
    List<Qualification> qualifications = new ArrayList<>();
    Map<String, String> qualificationIds = new HashMap<>();
    for (Path file : folder.yamlFiles("qualifications")) {
      YamlMap m = folder.parse(file);
      Qualification q = m == null ? null : qualificationReader.read(m);
      if (q != null) {
        claim(qualificationIds, q.id(), q.source(), m.line("id"), "id", "qualification id");
        qualifications.add(q);
      }
    }
    RoleReader roleReader = new RoleReader(folder, policy, refs);
    List<RoleFramework> roles = new ArrayList<>();
    Map<String, String> roleIds = new HashMap<>();
    for (Path file : folder.yamlFiles("roles")) {
      YamlMap m = folder.parse(file);
      RoleFramework r = m == null ? null : roleReader.read(m);
      if (r != null) {
        claim(roleIds, r.id(), folder.label(file), m.line("id"), "id", "role id");
        roles.add(r);
      }
    }
    for (Qualification q : qualifications) {
      if (q.roleId() != null && !roleIds.containsKey(q.roleId())) {
        folder.report(
            new CatalogueProblem(q.source(), 1, "role", "unknown role '" + q.roleId() + "'"));
      }
    }
    refs.reportUnresolved();
    if (folder.problemCount() > 0) {
      throw new CatalogueException(folder.problems());
    }
    return new Catalogue(policy, units, qualifications, roles, ContentHash.of(dir));
  }

  /** Reports an id that an earlier file already holds; the first file keeps it. */
  private void claim(
      Map<String, String> firstFiles, String id, String file, int line, String field, String what) {
    String first = firstFiles.putIfAbsent(id, file);
    if (first != null) {
      folder.report(
          new CatalogueProblem(
              file, line, field, "duplicate " + what + " '" + id + "' (also in " + first + ")"));
    }
  }
}
