package uk.attest.catalogue;

import static java.util.Objects.requireNonNullElse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.attest.catalogue.RoleFramework.Competency;
import uk.attest.catalogue.RoleFramework.CompetencyKind;
import uk.attest.catalogue.RoleFramework.Metric;
import uk.attest.catalogue.RoleFramework.Pathway;
import uk.attest.catalogue.RoleFramework.Responsibility;

/**
 * Reads one role framework from criteria/roles: competencies and responsibilities with the NOS that
 * evidence them, metrics, and the pathways into and out of the role.
 */
final class RoleReader {
  private final CriteriaFolder folder;
  private final Policy policy;
  private final References refs;

  /** A null policy (missing or broken, and reported) skips the checks against its scale. */
  RoleReader(CriteriaFolder folder, Policy policy, References refs) {
    this.folder = folder;
    this.policy = policy;
    this.refs = refs;
  }

  /** The role framework, or null when its file has problems (they are reported). */
  RoleFramework read(YamlMap m) {
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

  /** The NOS units or criteria that evidence a competency or responsibility, each checked. */
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
