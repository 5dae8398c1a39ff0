package uk.attest.catalogue;

import static java.util.Objects.requireNonNullElse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.attest.catalogue.RoleFramework.Competency;
import uk.attest.catalogue.RoleFramework.CompetencyKind;
import uk.attest.catalogue.RoleFramework.Metric;
import uk.attest.catalogue.RoleFramework.Pathway;
import uk.attest.catalogue.RoleFramework.Responsibility;

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
    List<RoleFramework> roles = new ArrayList<>();
    Map<String, String> roleIds = new HashMap<>();
    for (Path file : folder.yamlFiles("roles")) {
      YamlMap m = folder.parse(file);
      RoleFramework r = m == null ? null : readRole(m, policy);
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

  // ---- roles ---------------------------------------------------------------------------------

  private RoleFramework readRole(YamlMap m, Policy policy) {
    int before = folder.problemCount();
    m.allowOnly(
        "id",
        "title",
        "level",
        "summary",
        "competencies",
        "metrics",
        "responsibilities",
        "entryPaths",
        "progression",
        "notes");
    String id = m.text("id");
    String title = m.text("title");
    Integer level = m.integer("level");
    PolicyReader.requireProficiencyAt(m, level, policy);
    List<Competency> competencies = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YamlMap c : m.maps("competencies")) {
      c.allowOnly("id", "kind", "name", "description", "skills", "proficiency", "evidencedBy");
      String cid = c.text("id");
      String kindName = c.text("kind");
      String name = c.text("name");
      CompetencyKind kind = null;
      try {
        kind = kindName == null ? null : CompetencyKind.valueOf(kindName);
      } catch (IllegalArgumentException e) {
        c.problem(
            "kind",
            "unknown kind '"
                + kindName
                + "'; kinds are FOUNDATION, TECHNICAL, TOOL, INDUSTRY, REGULATION");
      }
      if (cid != null && !ids.add(cid)) {
        c.problem("id", "duplicate competency id '" + cid + "'");
      }
      String proficiency = c.optText("proficiency");
      if (proficiency != null && policy != null && policy.proficiency(proficiency).isEmpty()) {
        c.problem(
            "proficiency", PolicyReader.unknownProficiency(proficiency, policy.proficiencyScale()));
      }
      List<String> evidencedBy = evidencedBy(c);
      if (cid != null && kind != null && name != null) {
        competencies.add(
            new Competency(
                cid,
                kind,
                name,
                requireNonNullElse(c.optText("description"), ""),
                c.texts("skills", false),
                proficiency,
                evidencedBy));
      }
    }
    List<Metric> metrics = new ArrayList<>();
    if (m.has("metrics")) {
      for (YamlMap x : m.maps("metrics")) {
        x.allowOnly("name", "type", "description", "target", "frequency", "example", "evidence");
        String name = x.text("name");
        String type = requireNonNullElse(x.optText("type"), "QUANTITATIVE");
        if (name != null) {
          metrics.add(
              new Metric(
                  name,
                  type.equals("QUANTITATIVE"),
                  x.optText("description"),
                  x.optText("target"),
                  x.optText("frequency"),
                  x.optText("example"),
                  x.optText("evidence")));
        }
      }
    }
    List<Responsibility> responsibilities = new ArrayList<>();
    if (m.has("responsibilities")) {
      for (YamlMap x : m.maps("responsibilities")) {
        x.allowOnly("id", "text", "evidencedBy");
        String rid = x.text("id");
        String text = x.text("text");
        List<String> evidencedBy = evidencedBy(x);
        if (rid != null && text != null) {
          responsibilities.add(new Responsibility(rid, text, evidencedBy));
        }
      }
    }
    List<Pathway> entry = pathways(m, "entryPaths");
    List<Pathway> progression = pathways(m, "progression");
    YamlMap notes = m.optMap("notes");
    if (folder.problemCount() > before) {
      return null;
    }
    return new RoleFramework(
        id,
        title,
        level,
        requireNonNullElse(m.optText("summary"), ""),
        competencies,
        metrics,
        responsibilities,
        entry,
        progression,
        notes == null ? Map.of() : notes.textEntries());
  }

  private List<String> evidencedBy(YamlMap m) {
    List<String> list = m.texts("evidencedBy", false);
    refs.checkUnitsOrCriteria(m, "evidencedBy", list);
    return list;
  }

  private static List<Pathway> pathways(YamlMap m, String key) {
    List<Pathway> out = new ArrayList<>();
    if (!m.has(key)) {
      return out;
    }
    for (YamlMap p : m.maps(key)) {
      p.allowOnly("title", "level", "time");
      String title = p.text("title");
      if (title != null) {
        out.add(new Pathway(title, p.optInteger("level"), p.optText("time")));
      }
    }
    return out;
  }
}
