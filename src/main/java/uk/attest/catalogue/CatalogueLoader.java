package uk.attest.catalogue;

import static java.util.Objects.requireNonNullElse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.attest.catalogue.RoleFramework.Competency;
import uk.attest.catalogue.RoleFramework.CompetencyKind;
import uk.attest.catalogue.RoleFramework.Metric;
import uk.attest.catalogue.RoleFramework.Pathway;
import uk.attest.catalogue.RoleFramework.Responsibility;
import uk.attest.catalogue.RulesOfCombination.UnitGroup;

/**
 * Reads criteria/ into a {@link Catalogue}: policy.yaml, standards/**, qualifications/*, roles/*.
 * Every problem in every file is collected, with file and line, before failing.
 */
public final class CatalogueLoader {
  static final Pattern AC_NUMBER = Pattern.compile("(\\d+)\\.(\\d+)");

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
    List<Qualification> qualifications = new ArrayList<>();
    Map<String, String> qualificationIds = new HashMap<>();
    for (Path file : folder.yamlFiles("qualifications")) {
      YamlMap m = folder.parse(file);
      Qualification q = m == null ? null : readQualification(m);
      if (q != null) {
        claim(
            qualificationIds,
            q.id(),
            q.source(),
            idLines.getOrDefault(q.source(), 1),
            "id",
            "qualification id");
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

  // ---- qualifications ------------------------------------------------------------------------

  private Qualification readQualification(YamlMap m) {
    int before = folder.problemCount();
    m.allowOnly(
        "id",
        "title",
        "number",
        "level",
        "tqt",
        "glh",
        "credit",
        "illustrative",
        "role",
        "rulesOfCombination",
        "units",
        "note");
    String id = m.text("id");
    idLines.put(m.file(), m.line("id"));
    String title = m.text("title");
    String number = m.text("number");
    CodeFormat.QUALIFICATION_NUMBER.check(m, "number", number);
    Integer level = m.integer("level");
    Integer tqt = m.integer("tqt");
    Integer glh = m.integer("glh");
    Integer credit = m.integer("credit");
    if (tqt != null && credit != null && credit != Math.round(tqt / 10.0)) {
      m.problem(
          "credit",
          "credit "
              + credit
              + " must equal TQT ÷ 10 rounded (TQT "
              + tqt
              + " gives "
              + Math.round(tqt / 10.0)
              + ")");
    }
    if (tqt != null && glh != null && glh > tqt) {
      m.problem("glh", "GLH " + glh + " cannot exceed TQT " + tqt);
    }
    if (tqt != null && title != null && level != null) {
      String size = Qualification.sizeTitle(tqt);
      if (!title.contains(size)) {
        m.problem(
            "title", "TQT " + tqt + " makes this a " + size + ", but the title does not say so");
      }
      if (!title.contains("Level " + level)) {
        m.problem("title", "the title must name the level ('Level " + level + "')");
      }
    }
    List<QualificationUnit> units = new ArrayList<>();
    Map<String, QualificationUnit> byId = new LinkedHashMap<>();
    Set<String> declared = new LinkedHashSet<>();
    Set<String> refsSeen = new HashSet<>();
    for (YamlMap u : m.maps("units")) {
      String declaredId = u.optText("id");
      if (declaredId != null) {
        declared.add(declaredId.strip());
      }
      QualificationUnit unit = readQualificationUnit(u);
      if (unit == null) {
        continue;
      }
      if (byId.putIfAbsent(unit.id(), unit) != null) {
        u.problem("id", "duplicate unit id '" + unit.id() + "'");
      }
      if (!refsSeen.add(unit.ref())) {
        u.problem("ref", "duplicate unit reference number '" + unit.ref() + "'");
      }
      units.add(unit);
    }
    RulesOfCombination rules = readRules(m.map("rulesOfCombination"), declared, credit);
    if (folder.problemCount() > before) {
      return null;
    }
    Qualification q =
        new Qualification(
            id,
            title,
            number,
            level,
            tqt,
            glh,
            credit,
            m.bool("illustrative", false),
            m.optText("role"),
            rules,
            units,
            m.file());
    if (!Combinations.satisfiable(q)) {
      m.problem(
          "rulesOfCombination",
          "no choice of this qualification's units satisfies its rules of combination ("
              + rules.minimumCredits()
              + " credits, "
              + rules.minimumCreditsAtOrAboveLevel()
              + " at level "
              + level
              + " or above, within each group's limits)");
      return null;
    }
    return q;
  }

  private QualificationUnit readQualificationUnit(YamlMap u) {
    int before = folder.problemCount();
    u.allowOnly("id", "ref", "title", "level", "credit", "glh", "nos", "learningOutcomes");
    String id = u.text("id");
    String ref = u.text("ref");
    CodeFormat.UNIT_REFERENCE.check(u, "ref", ref);
    String title = u.text("title");
    Integer level = u.integer("level");
    Integer credit = u.positive("credit");
    Integer glh = u.integer("glh");
    if (credit != null && glh != null && glh > credit * 10) {
      u.problem("glh", "GLH " + glh + " cannot exceed the unit's TQT (credit " + credit + " × 10)");
    }
    String nos = u.text("nos");
    refs.checkUnit(u, "nos", nos);
    List<LearningOutcome> outcomes = new ArrayList<>();
    Set<String> acNumbers = new HashSet<>();
    Set<Integer> loNumbers = new HashSet<>();
    for (YamlMap lo : u.maps("learningOutcomes")) {
      lo.allowOnly("number", "text", "assessmentCriteria");
      Integer n = lo.integer("number");
      String text = lo.text("text");
      if (n != null && !loNumbers.add(n)) {
        lo.problem("number", "duplicate learning outcome " + n);
      }
      List<AssessmentCriterion> acs = new ArrayList<>();
      for (YamlMap ac : lo.maps("assessmentCriteria")) {
        ac.allowOnly("number", "text", "maps");
        String number = ac.text("number");
        String acText = ac.text("text");
        List<String> maps = ac.texts("maps", true);
        if (number != null) {
          var matcher = AC_NUMBER.matcher(number);
          if (!matcher.matches() || (n != null && Integer.parseInt(matcher.group(1)) != n)) {
            ac.problem(
                "number",
                "assessment criterion '"
                    + number
                    + "' must be numbered "
                    + n
                    + ".1, "
                    + n
                    + ".2, …");
          } else if (!acNumbers.add(number)) {
            ac.problem("number", "duplicate assessment criterion " + number);
          }
        }
        refs.checkCriteria(ac, "maps", maps);
        if (id != null && number != null && acText != null) {
          acs.add(new AssessmentCriterion(id + "/" + number, id, number, acText, maps));
        }
      }
      if (n != null && text != null) {
        outcomes.add(new LearningOutcome(n, text, acs));
      }
    }
    if (folder.problemCount() > before) {
      return null;
    }
    return new QualificationUnit(id, ref, title, level, credit, glh, nos, outcomes);
  }

  private RulesOfCombination readRules(YamlMap r, Set<String> units, Integer credit) {
    if (r == null) {
      return null;
    }
    r.allowOnly("minimumCredits", "minimumCreditsAtOrAboveLevel", "groups");
    Integer minimum = r.positive("minimumCredits");
    if (minimum != null && credit != null && !minimum.equals(credit)) {
      r.problem(
          "minimumCredits",
          "rules of combination ask for "
              + minimum
              + " credits but the qualification's credit value is "
              + credit);
    }
    Integer atLevel = r.integer("minimumCreditsAtOrAboveLevel");
    List<UnitGroup> groups = new ArrayList<>();
    Map<String, String> groupOfUnit = new HashMap<>();
    Set<String> groupIds = new HashSet<>();
    for (YamlMap g : r.maps("groups")) {
      g.allowOnly("id", "title", "mandatory", "minimumCredits", "maximumCredits", "units");
      String id = g.text("id");
      String title = g.text("title");
      boolean mandatory = g.bool("mandatory", false);
      List<String> unitIds = g.texts("units", true);
      if (id != null && !groupIds.add(id)) {
        g.problem("id", "duplicate group id '" + id + "'");
      }
      for (int i = 0; i < unitIds.size(); i++) {
        String unit = unitIds.get(i);
        if (!units.contains(unit)) {
          g.problemAtEntry("units", i, "unknown unit '" + unit + "'");
        } else if (groupOfUnit.putIfAbsent(unit, id) != null) {
          g.problemAtEntry(
              "units",
              i,
              "unit '" + unit + "' is already in group '" + groupOfUnit.get(unit) + "'");
        }
      }
      Integer min = mandatory ? Integer.valueOf(0) : g.integer("minimumCredits");
      Integer max = mandatory ? Integer.valueOf(Integer.MAX_VALUE) : g.integer("maximumCredits");
      if (!mandatory && min != null && max != null && min > max) {
        g.problem("maximumCredits", "maximum credits " + max + " is below the minimum " + min);
      }
      if (unitIds.size() > Combinations.MAX_OPTIONAL_UNITS_PER_GROUP) {
        g.problem(
            "units",
            "a group may hold at most "
                + Combinations.MAX_OPTIONAL_UNITS_PER_GROUP
                + " units; split it");
      }
      if (id != null && title != null && min != null && max != null) {
        groups.add(new UnitGroup(id, title, mandatory, min, max, unitIds));
      }
    }
    for (String unit : units) {
      if (!groupOfUnit.containsKey(unit)) {
        r.problem("groups", "unit '" + unit + "' is in no group");
      }
    }
    if (minimum == null || atLevel == null) {
      return null;
    }
    return new RulesOfCombination(minimum, atLevel, groups);
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
