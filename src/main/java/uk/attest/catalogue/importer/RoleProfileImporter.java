package uk.attest.catalogue.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.attest.catalogue.RoleFramework;
import uk.attest.catalogue.RoleFramework.Competency;
import uk.attest.catalogue.RoleFramework.CompetencyKind;
import uk.attest.catalogue.RoleFramework.Metric;
import uk.attest.catalogue.RoleFramework.Pathway;
import uk.attest.catalogue.RoleFramework.Responsibility;
import uk.attest.catalogue.Slugs;

/**
 * Reads a role profile in the seeds' format (known headings, one per line, and "- Key: value"
 * bullets) into a role framework. Sections it does not model are kept as notes, never dropped.
 */
public final class RoleProfileImporter {
  /** The headings of the role profile format, in the order the seeds use them. */
  static final List<String> HEADINGS =
      List.of(
          "Role Purpose & Context",
          "Role Summary",
          "Reporting Structure",
          "Key Stakeholders",
          "Organisational Impact",
          "Performance Metrics",
          "Quantitative Metrics",
          "Qualitative Metrics",
          "Primary Traits",
          "Supporting Traits",
          "Primary Motivators",
          "Potential Demotivators",
          "Common Frustrations",
          "What Role Doesn't Offer",
          "ADHD Positives",
          "ADHD Challenges and Accommodations",
          "Dyslexia Positives",
          "Dyslexia Challenges and Accommodations",
          "Autism Positives",
          "Autism Challenges and Accommodations",
          "Sensory Considerations",
          "Flexibility Notes",
          "Key Responsibilities",
          "Experience Levels Responsibilities",
          "Decision-Making Authority",
          "Competency Requirements",
          "Foundation Skills (Transferable)",
          "Functional Skills (Role-Specific Technical)",
          "Technical Competencies",
          "Digital Tools",
          "Industry Knowledge",
          "Regulatory Compliance Regulations",
          "Essential Prerequisites",
          "Career Pathway Context",
          "Qualifications & Credentials",
          "Emerging Foundation Skills",
          "Advancing Technical Skills",
          "Future Skills Closing Note",
          "Education Requirements",
          "Experience Requirements",
          "Preferred Certifications",
          "Recommended Activities",
          "Career Progression Pathways",
          "Entry Paths to This Role",
          "Career Progression From This Role",
          "Long Term Vision Potential Roles",
          "Sector Mobility",
          "How Zavmo Delivers This Role's Development");

  /** Sections without which a file is not a role profile Attest can use. */
  static final List<String> REQUIRED =
      List.of(
          "Experience Levels Responsibilities",
          "Foundation Skills (Transferable)",
          "Technical Competencies");

  private static final Pattern BULLET = Pattern.compile("^- ([A-Z][A-Za-z]{1,20}): ?(.*)$");
  private static final Pattern TITLE_LEVEL =
      Pattern.compile("^(.*?)\\s*\\((?:L|Level\\s*)(\\d)\\b[^)]*\\)\\s*$");

  /**
   * A level anywhere in a pathway: "Senior E-commerce Specialist (L3) at a larger organisation".
   */
  private static final Pattern LEVEL_WITHIN =
      Pattern.compile("^(.*?)\\s*\\((?:L|Level\\s*)(\\d)\\b[^)]*\\)\\s*(.*)$");

  public record Result(RoleFramework framework, Path written, boolean replaced, int keptMappings) {
    public String summary() {
      long competencies = framework.competencies().size();
      return (replaced ? "overwrote " : "wrote ")
          + written
          + ": "
          + framework.title()
          + " (level "
          + framework.level()
          + "), "
          + competencies
          + " competencies, "
          + framework.responsibilities().size()
          + " responsibilities, "
          + framework.metrics().size()
          + " metrics, "
          + framework.progression().size()
          + " progression pathways, "
          + framework.notes().size()
          + " sections kept as notes"
          + (keptMappings > 0
              ? "; kept " + keptMappings + " evidencedBy mappings from the existing file"
              : "");
    }
  }

  private RoleProfileImporter() {}

  /**
   * Imports a profile file to {@code out}, or to rolesDir/&lt;id&gt;.yaml. Where the target exists,
   * its evidencedBy mappings are kept for competencies and responsibilities with the same id.
   */
  public static Result importFile(Path profile, Path out, Path rolesDir) {
    RoleFramework parsed = parse(Yaml.read(profile), profile.toString());
    Path target = out != null ? out : rolesDir.resolve(parsed.id() + ".yaml");
    boolean replaced = Files.isRegularFile(target);
    Map<String, List<String>> existing =
        replaced ? RoleFrameworkYaml.mappings(Yaml.read(target)) : Map.of();
    RoleFramework framework = RoleFrameworkYaml.withMappings(parsed, existing);
    int kept =
        (int)
            (framework.competencies().stream().filter(c -> !c.evidencedBy().isEmpty()).count()
                + framework.responsibilities().stream()
                    .filter(r -> !r.evidencedBy().isEmpty())
                    .count());
    Yaml.write(target, RoleFrameworkYaml.write(framework, profile.getFileName().toString()));
    return new Result(framework, target, replaced, kept);
  }

  /** Parses the text of a role profile; {@code source} names it in error messages. */
  public static RoleFramework parse(String text, String source) {
    Map<String, List<String>> sections = sections(text);
    List<String> missing = REQUIRED.stream().filter(h -> !sections.containsKey(h)).toList();
    if (missing.size() == REQUIRED.size()) {
      throw new ImportException(
          source
              + ": not a role profile: none of the sections "
              + String.join(", ", REQUIRED)
              + " was found");
    }
    if (!missing.isEmpty()) {
      throw new ImportException(
          source + ": role profile is missing the section(s) " + String.join(", ", missing));
    }
    Map<String, String> notes = new LinkedHashMap<>();
    String preamble = String.join("\n", sections.getOrDefault("", List.of())).strip();
    if (!preamble.isEmpty()) {
      notes.put("(before the first heading)", preamble);
    }

    // Title and level come from the responsibilities block: "- Level: Head of E-commerce Sales
    // (L5)".
    Section responsibilities =
        Section.of(
            sections.get("Experience Levels Responsibilities"),
            Set.of("Level", "Responsibilities", "Supervision", "Decision", "Success"));
    String levelLine = responsibilities.first("Level");
    Matcher m = levelLine == null ? null : TITLE_LEVEL.matcher(levelLine);
    if (m == null || !m.matches()) {
      throw new ImportException(
          source
              + ": Experience Levels Responsibilities: expected a line like '- Level: Head of E-commerce Sales (L5)', found "
              + (levelLine == null ? "none" : "'- Level: " + levelLine + "'"));
    }
    String title = m.group(1).strip();
    int level = Integer.parseInt(m.group(2));

    List<Competency> competencies = new ArrayList<>();
    Section foundation =
        Section.of(sections.get("Foundation Skills (Transferable)"), Set.of("Category", "Skills"));
    for (Map<String, List<String>> e : foundation.entries("Category")) {
      competencies.add(
          competency(
              CompetencyKind.FOUNDATION,
              one(e, "Category"),
              "",
              e.getOrDefault("Skills", List.of()),
              null));
    }
    Section technical =
        Section.of(sections.get("Technical Competencies"), Set.of("Skill", "Desc", "Level"));
    for (Map<String, List<String>> e : technical.entries("Skill")) {
      competencies.add(
          competency(
              CompetencyKind.TECHNICAL,
              one(e, "Skill"),
              joined(e, "Desc"),
              List.of(),
              one(e, "Level")));
    }
    Section tools = Section.of(sections.get("Digital Tools"), Set.of("Tool", "Level", "Usage"));
    for (Map<String, List<String>> e : tools.entries("Tool")) {
      competencies.add(
          competency(
              CompetencyKind.TOOL, one(e, "Tool"), joined(e, "Usage"), List.of(), one(e, "Level")));
    }
    Section industry = Section.of(sections.get("Industry Knowledge"), Set.of("Area", "Desc"));
    for (Map<String, List<String>> e : industry.entries("Area")) {
      competencies.add(
          competency(CompetencyKind.INDUSTRY, one(e, "Area"), joined(e, "Desc"), List.of(), null));
    }
    Section regulations =
        Section.of(sections.get("Regulatory Compliance Regulations"), Set.of("Reg", "Usage"));
    for (Map<String, List<String>> e : regulations.entries("Reg")) {
      competencies.add(
          competency(
              CompetencyKind.REGULATION, one(e, "Reg"), joined(e, "Usage"), List.of(), null));
    }
    checkUniqueIds(competencies, source);

    List<Responsibility> duties = new ArrayList<>();
    for (String r : responsibilities.values("Responsibilities")) {
      duties.add(new Responsibility("R" + (duties.size() + 1), r, List.of()));
    }

    List<Metric> metrics = new ArrayList<>();
    Section quantitative =
        Section.of(
            sections.get("Quantitative Metrics"),
            Set.of("Metric", "Desc", "Target", "Freq", "Example"));
    for (Map<String, List<String>> e : quantitative.entries("Metric")) {
      metrics.add(
          new Metric(
              one(e, "Metric"),
              true,
              joined(e, "Desc"),
              joined(e, "Target"),
              joined(e, "Freq"),
              joined(e, "Example"),
              null));
    }
    Section qualitative =
        Section.of(sections.get("Qualitative Metrics"), Set.of("Metric", "Desc", "Evidence"));
    for (Map<String, List<String>> e : qualitative.entries("Metric")) {
      metrics.add(
          new Metric(
              one(e, "Metric"), false, joined(e, "Desc"), null, null, null, joined(e, "Evidence")));
    }

    Section entry = Section.of(sections.get("Entry Paths to This Role"), Set.of("Path", "Time"));
    List<Pathway> entryPaths =
        entry.entries("Path").stream()
            .map(e -> pathway(one(e, "Path"), joined(e, "Time")))
            .toList();
    Section next =
        Section.of(sections.get("Career Progression From This Role"), Set.of("Pathway", "Time"));
    List<Pathway> progression =
        next.entries("Pathway").stream()
            .map(e -> pathway(one(e, "Pathway"), joined(e, "Time")))
            .toList();

    String summary = String.join("\n", sections.getOrDefault("Role Summary", List.of())).strip();
    Map<String, Section> used = new HashMap<>();
    used.put("Experience Levels Responsibilities", responsibilities);
    used.put("Foundation Skills (Transferable)", foundation);
    used.put("Technical Competencies", technical);
    used.put("Digital Tools", tools);
    used.put("Industry Knowledge", industry);
    used.put("Regulatory Compliance Regulations", regulations);
    used.put("Quantitative Metrics", quantitative);
    used.put("Qualitative Metrics", qualitative);
    used.put("Entry Paths to This Role", entry);
    used.put("Career Progression From This Role", next);
    for (var section : sections.entrySet()) {
      String heading = section.getKey();
      if (heading.isEmpty() || heading.equals("Role Summary")) {
        continue;
      }
      // What a modelled section did not use (intro text, Supervision, Example …) is kept too.
      List<String> leftover =
          used.containsKey(heading) ? used.get(heading).unused() : section.getValue();
      String note = String.join("\n", leftover).strip();
      if (!note.isEmpty()) {
        notes.put(heading, note);
      }
    }
    return new RoleFramework(
        Slugs.slug(title),
        title,
        level,
        summary,
        competencies,
        metrics,
        duties,
        entryPaths,
        progression,
        notes);
  }

  private static Competency competency(
      CompetencyKind kind, String name, String description, List<String> skills, String level) {
    return new Competency(
        Slugs.slug(name),
        kind,
        name,
        description == null ? "" : description,
        skills,
        level,
        List.of());
  }

  private static void checkUniqueIds(List<Competency> competencies, String source) {
    Map<String, String> seen = new HashMap<>();
    for (Competency c : competencies) {
      String before = seen.putIfAbsent(c.id(), c.name());
      if (before != null) {
        throw new ImportException(
            source
                + ": two competencies, '"
                + before
                + "' and '"
                + c.name()
                + "', have the same id '"
                + c.id()
                + "'");
      }
    }
  }

  /**
   * "Director of Digital Commerce (L6)" gives the title and level 6; words after the level stay in
   * the title; a title without a level keeps level null.
   */
  static Pathway pathway(String text, String time) {
    String clean = text.replaceFirst("^From\\s+", "").strip();
    Matcher m = LEVEL_WITHIN.matcher(clean);
    if (m.matches()) {
      String rest = m.group(3).strip();
      return new Pathway(
          (m.group(1).strip() + " " + rest).strip(), Integer.valueOf(m.group(2)), time);
    }
    return new Pathway(clean, null, time);
  }

  private static String one(Map<String, List<String>> entry, String key) {
    List<String> values = entry.get(key);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static String joined(Map<String, List<String>> entry, String key) {
    List<String> values = entry.get(key);
    return values == null ? null : String.join("\n", values);
  }

  /** Splits the text into sections by known heading; text before the first heading has key "". */
  static Map<String, List<String>> sections(String text) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    String current = "";
    for (String raw : text.replace("\uFEFF", "").split("\\R")) {
      String line = raw.strip();
      if (HEADINGS.contains(line)) {
        current = line;
        sections.putIfAbsent(current, new ArrayList<>());
        continue;
      }
      if (!line.isEmpty()) {
        sections.computeIfAbsent(current, k -> new ArrayList<>()).add(line);
      }
    }
    return sections;
  }

  /**
   * A section's bullets: "- Key: value" lines whose key the section knows start a field; other "- "
   * lines continue the last field. Lines not taken are returned by {@link #unused()}.
   */
  private static final class Section {
    private final List<Map<String, List<String>>> entries = new ArrayList<>();
    private final List<String> unused = new ArrayList<>();
    private final Set<String> read = new java.util.HashSet<>();

    static Section of(List<String> lines, Set<String> keys) {
      Section s = new Section();
      if (lines == null) {
        return s;
      }
      Map<String, List<String>> entry = null;
      String lastKey = null;
      for (String line : lines) {
        Matcher m = BULLET.matcher(line);
        if (m.matches() && keys.contains(m.group(1))) {
          String key = m.group(1);
          if (entry == null || entry.containsKey(key)) {
            entry = new LinkedHashMap<>();
            s.entries.add(entry);
          }
          entry.computeIfAbsent(key, k -> new ArrayList<>()).add(m.group(2).strip());
          lastKey = key;
        } else if (line.startsWith("- ") && entry != null && lastKey != null) {
          entry.get(lastKey).add(line.substring(2).strip());
        } else {
          s.unused.add(line);
        }
      }
      return s;
    }

    /** Entries grouped so that each starts at its {@code lead} key. */
    List<Map<String, List<String>>> entries(String lead) {
      entries.forEach(e -> read.addAll(e.keySet()));
      List<Map<String, List<String>>> out = new ArrayList<>();
      Map<String, List<String>> current = null;
      for (Map<String, List<String>> e : entries) {
        if (e.containsKey(lead) || current == null) {
          current = new LinkedHashMap<>(e);
          out.add(current);
        } else {
          for (var kv : e.entrySet()) {
            current.merge(
                kv.getKey(),
                kv.getValue(),
                (a, b) -> {
                  List<String> all = new ArrayList<>(a);
                  all.addAll(b);
                  return all;
                });
          }
        }
      }
      return out.stream().filter(e -> e.containsKey(lead)).toList();
    }

    String first(String key) {
      read.add(key);
      return entries.stream()
          .filter(e -> e.containsKey(key))
          .map(e -> e.get(key).get(0))
          .findFirst()
          .orElse(null);
    }

    List<String> values(String key) {
      read.add(key);
      return entries.stream()
          .filter(e -> e.containsKey(key))
          .flatMap(e -> e.get(key).stream())
          .toList();
    }

    /** Lines not taken, plus fields nobody read (Supervision, Decision, Success …), as written. */
    List<String> unused() {
      List<String> out = new ArrayList<>(unused);
      for (Map<String, List<String>> e : entries) {
        e.forEach(
            (key, values) -> {
              if (!read.contains(key)) {
                out.add("- " + key + ": " + values.get(0));
                values.stream().skip(1).forEach(v -> out.add("- " + v));
              }
            });
      }
      return out;
    }
  }
}
