package uk.attest.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one qualification file from criteria/qualifications: its size and numbers, its units with
 * their learning outcomes and assessment criteria, and its rules of combination.
 */
final class QualificationReader {
  private static final Pattern AC_NUMBER = Pattern.compile("(\\d+)\\.(\\d+)");

  private final CriteriaFolder folder;
  private final References refs;

  QualificationReader(CriteriaFolder folder, References refs) {
    this.folder = folder;
    this.refs = refs;
  }

  /** The qualification, or null when its file has problems (they are reported). */
  Qualification read(YamlMap m) {
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
      QualificationUnit unit = readUnit(u);
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
    RulesOfCombination rules =
        RulesOfCombinationReader.read(m.map("rulesOfCombination"), declared, credit);
    if (folder.problemCount() > before) {
      return null;
    }
    return new Qualification(
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
  }

  /** One unit with its learning outcomes and assessment criteria, or null when it has problems. */
  private QualificationUnit readUnit(YamlMap u) {
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
}
