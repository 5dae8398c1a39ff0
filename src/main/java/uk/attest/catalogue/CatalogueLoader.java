package uk.attest.catalogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
  private final CrossFileChecks checks;

  private CatalogueLoader(Path dir) {
    this.dir = dir;
    this.folder = new CriteriaFolder(dir);
    this.refs = new References(folder);
    this.checks = new CrossFileChecks(folder);
  }

  /** Loads and validates the catalogue, or throws with every problem found. */
  public static Catalogue load(Path dir) {
    return new CatalogueLoader(dir).load();
  }

  /**
   * Standards come first so that qualifications and roles can refer to them; the role check and the
   * summary of unresolved references come last, once everything they look at is read.
   */
  private Catalogue load() {
    if (!Files.isDirectory(dir)) {
      throw new CatalogueException(
          List.of(new CatalogueProblem(dir.toString(), 0, "", "criteria folder not found")));
    }
    PolicyReader policyReader = new PolicyReader(folder);
    Policy policy = policyReader.read();
    List<NosUnit> units = standards(policy);
    checks.currencyUnitsLoaded(policy, units, policyReader::currencyLine);
    List<Qualification> qualifications = qualifications();
    List<RoleFramework> roles = roles(policy);
    checks.rolesKnown(qualifications);
    refs.reportUnresolved();
    if (folder.problemCount() > 0) {
      throw new CatalogueException(folder.problems());
    }
    return new Catalogue(policy, units, qualifications, roles, ContentHash.of(dir));
  }

  /** Duplicate codes are reported after every standard's own problems, at the later file. */
  private List<NosUnit> standards(Policy policy) {
    StandardReader reader = new StandardReader(folder, policy, refs);
    List<NosUnit> units = new ArrayList<>();
    Map<String, Integer> codeLines = new HashMap<>();
    for (Path file : folder.yamlFiles("standards")) {
      YamlMap m = folder.parse(file);
      if (m == null) {
        refs.standardsFileUnreadable();
      } else {
        NosUnit unit = reader.read(m);
        if (unit != null) {
          units.add(unit);
          codeLines.put(unit.source(), m.line("code"));
        }
      }
    }
    for (NosUnit unit : units) {
      checks.uniqueCode(unit, codeLines.get(unit.source()));
    }
    return units;
  }

  private List<Qualification> qualifications() {
    QualificationReader reader = new QualificationReader(folder, refs);
    List<Qualification> qualifications = new ArrayList<>();
    for (Path file : folder.yamlFiles("qualifications")) {
      YamlMap m = folder.parse(file);
      Qualification q = m == null ? null : reader.read(m);
      if (q != null && checks.satisfiable(q, m)) {
        checks.uniqueId(q, m.line("id"));
        qualifications.add(q);
      }
    }
    return qualifications;
  }

  private List<RoleFramework> roles(Policy policy) {
    RoleReader reader = new RoleReader(folder, policy, refs);
    List<RoleFramework> roles = new ArrayList<>();
    for (Path file : folder.yamlFiles("roles")) {
      YamlMap m = folder.parse(file);
      RoleFramework role = m == null ? null : reader.read(m);
      if (role != null) {
        checks.uniqueId(role, m.file(), m.line("id"));
        roles.add(role);
      }
    }
    return roles;
  }
}
