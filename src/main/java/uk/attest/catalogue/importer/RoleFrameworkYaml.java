package uk.attest.catalogue.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.attest.catalogue.RoleFramework;
import uk.attest.catalogue.RoleFramework.Competency;
import uk.attest.catalogue.RoleFramework.Pathway;
import uk.attest.catalogue.RoleFramework.Responsibility;

/** A role framework as criteria/roles YAML, and the evidencedBy mappings read back from one. */
final class RoleFrameworkYaml {
  private RoleFrameworkYaml() {}

  static String write(RoleFramework f, String sourceName) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", f.id());
    doc.put("title", f.title());
    doc.put("level", f.level());
    doc.put("summary", f.summary());
    List<Object> competencies = new ArrayList<>();
    for (Competency c : f.competencies()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("kind", c.kind().name());
      m.put("name", c.name());
      if (!c.description().isEmpty()) {
        m.put("description", c.description());
      }
      if (!c.skills().isEmpty()) {
        m.put("skills", new ArrayList<>(c.skills()));
      }
      if (c.proficiency() != null) {
        m.put("proficiency", c.proficiency());
      }
      m.put("evidencedBy", new ArrayList<>(c.evidencedBy()));
      competencies.add(m);
    }
    doc.put("competencies", competencies);
    List<Object> metrics = new ArrayList<>();
    for (RoleFramework.Metric x : f.metrics()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", x.name());
      m.put("type", x.quantitative() ? "QUANTITATIVE" : "QUALITATIVE");
      putIfPresent(m, "description", x.description());
      putIfPresent(m, "target", x.target());
      putIfPresent(m, "frequency", x.frequency());
      putIfPresent(m, "example", x.example());
      putIfPresent(m, "evidence", x.evidence());
      metrics.add(m);
    }
    doc.put("metrics", metrics);
    List<Object> duties = new ArrayList<>();
    for (Responsibility r : f.responsibilities()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      m.put("text", r.text());
      m.put("evidencedBy", new ArrayList<>(r.evidencedBy()));
      duties.add(m);
    }
    doc.put("responsibilities", duties);
    doc.put("entryPaths", pathways(f.entryPaths()));
    doc.put("progression", pathways(f.progression()));
    doc.put("notes", new LinkedHashMap<>(f.notes()));
    String header =
        "# Role framework imported by `attest import-role` from "
            + sourceName
            + ".\n"
            + "# Re-importing keeps each evidencedBy list (the NOS units or criteria that evidence an item)\n"
            + "# for competencies and responsibilities whose id is unchanged.\n";
    return Yaml.dump(header, doc);
  }

  private static void putIfPresent(Map<String, Object> m, String key, String value) {
    if (value != null && !value.isBlank()) {
      m.put(key, value);
    }
  }

  private static List<Object> pathways(List<Pathway> pathways) {
    List<Object> out = new ArrayList<>();
    for (Pathway p : pathways) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("title", p.title());
      if (p.level() != null) {
        m.put("level", p.level());
      }
      putIfPresent(m, "time", p.typicalTime());
      out.add(m);
    }
    return out;
  }

  /**
   * evidencedBy lists by id ("competency:ID" or "responsibility:ID") from an existing framework
   * file.
   */
  @SuppressWarnings("unchecked")
  static Map<String, List<String>> mappings(String yaml) {
    Map<String, List<String>> out = new HashMap<>();
    Object doc;
    try {
      doc = new org.yaml.snakeyaml.Yaml().load(yaml);
    } catch (RuntimeException e) {
      throw new ImportException(
          "the existing framework cannot be read to keep its mappings: " + e.getMessage());
    }
    if (!(doc instanceof Map<?, ?> map)) {
      return out;
    }
    for (String section : List.of("competencies", "responsibilities")) {
      if (map.get(section) instanceof List<?> items) {
        for (Object item : items) {
          if (item instanceof Map<?, ?> m
              && m.get("id") != null
              && m.get("evidencedBy") instanceof List<?> refs) {
            out.put(section + ":" + m.get("id"), refs.stream().map(String::valueOf).toList());
          }
        }
      }
    }
    return out;
  }

  static RoleFramework withMappings(RoleFramework f, Map<String, List<String>> mappings) {
    List<Competency> competencies =
        f.competencies().stream()
            .map(
                c ->
                    new Competency(
                        c.id(),
                        c.kind(),
                        c.name(),
                        c.description(),
                        c.skills(),
                        c.proficiency(),
                        mappings.getOrDefault("competencies:" + c.id(), c.evidencedBy())))
            .toList();
    List<Responsibility> duties =
        f.responsibilities().stream()
            .map(
                r ->
                    new Responsibility(
                        r.id(),
                        r.text(),
                        mappings.getOrDefault("responsibilities:" + r.id(), r.evidencedBy())))
            .toList();
    return new RoleFramework(
        f.id(),
        f.title(),
        f.level(),
        f.summary(),
        competencies,
        f.metrics(),
        duties,
        f.entryPaths(),
        f.progression(),
        f.notes());
  }
}
