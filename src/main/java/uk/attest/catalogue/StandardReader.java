package uk.attest.catalogue;

import static java.util.Objects.requireNonNullElse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one NOS file from criteria/standards, declaring its unit and criteria codes as it goes so
 * that qualifications and roles can refer to them, even when the file has problems of its own.
 */
final class StandardReader {
  private final CriteriaFolder folder;
  private final Policy policy;
  private final References refs;

  /** A null policy (missing or broken, and reported) reads each standard for its own problems. */
  StandardReader(CriteriaFolder folder, Policy policy, References refs) {
    this.folder = folder;
    this.policy = policy;
    this.refs = refs;
  }

  /** The standard, or null when its file has problems (they are reported). */
  NosUnit read(YamlMap m) {
    int before = folder.problemCount();
    m.allowOnly(
        "code",
        "title",
        "suite",
        "level",
        "version",
        "validity",
        "status",
        "category",
        "developedBy",
        "dateApproved",
        "indicativeReviewDate",
        "illustrative",
        "overview",
        "keywords",
        "relevantOccupations",
        "otherSuites",
        "performanceCriteria",
        "knowledge",
        "welsh",
        "notes");
    String code = m.text("code");
    CodeFormat.NOS_CODE.check(m, "code", code);
    String title = m.text("title");
    String suite = m.text("suite");
    if (code != null) {
      refs.declareUnit(code);
    }
    Integer level = m.integer("level");
    if (level != null && (level < 1 || level > 8)) {
      m.problem("level", "RQF level must be 1 to 8, found " + level);
    } else {
      PolicyReader.requireProficiencyAt(m, level, policy);
    }
    Integer version = m.integer("version");
    String overview = m.text("overview");
    List<Criterion> criteria = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (CriterionKind kind : CriterionKind.values()) {
      String key = kind == CriterionKind.PERFORMANCE ? "performanceCriteria" : "knowledge";
      for (YamlMap c : m.maps(key)) {
        c.allowOnly("id", "text", "evidence", "welsh");
        String id = c.text("id");
        String text = c.text("text");
        if (id == null) {
          continue;
        }
        if (!id.matches(kind.prefix() + "\\d+")) {
          c.problem(
              "id",
              "id '"
                  + id
                  + "' must be "
                  + kind.prefix()
                  + " followed by a number, like "
                  + kind.prefix()
                  + "1");
        }
        if (!ids.add(id)) {
          c.problem("id", "duplicate criterion id '" + id + "' in this unit");
        }
        if (code != null) {
          refs.declareCriterion(Criterion.idOf(code, id));
        }
        EvidenceRequirement evidence = requirement(c.optMap("evidence"), kind, code, policy);
        if (code != null
            && level != null
            && text != null
            && policy != null
            && policy.requiredProficiencyByLevel().containsKey(level)) {
          criteria.add(
              new Criterion(
                  Criterion.idOf(code, id),
                  id,
                  code,
                  kind,
                  text,
                  policy.requiredAt(level),
                  evidence));
        }
      }
    }
    if (folder.problemCount() > before) {
      return null;
    }
    return new NosUnit(
        code,
        title,
        suite,
        level,
        version,
        requireNonNullElse(m.optText("validity"), "Current"),
        requireNonNullElse(m.optText("status"), "Original"),
        m.optText("category"),
        m.optText("developedBy"),
        m.optDate("dateApproved"),
        m.optDate("indicativeReviewDate"),
        m.bool("illustrative", false),
        overview.strip(),
        m.texts("keywords", false),
        m.texts("relevantOccupations", false),
        criteria,
        m.file());
  }

  /**
   * What evidence a criterion needs: the policy's values for its kind, unless it says otherwise.
   */
  private static EvidenceRequirement requirement(
      YamlMap e, CriterionKind kind, String code, Policy given) {
    // With policy.yaml broken (and reported), read the standard for its own problems only.
    boolean noPolicy = given == null;
    Policy policy =
        noPolicy
            ? new Policy(1, Map.of(), Map.of(), Map.of(), Map.of(), List.of(), Map.of(), 1, null)
            : given;
    int minimum = policy.minimumEvidence().getOrDefault(kind, 1);
    boolean observation = policy.observationRequired().getOrDefault(kind, false);
    Set<Method> methods = policy.allowedMethods().getOrDefault(kind, Set.of());
    if (e != null) {
      e.allowOnly("minimumAccepted", "observationRequired", "methods");
      if (e.has("minimumAccepted")) {
        Integer n = e.positive("minimumAccepted");
        minimum = n == null ? minimum : n;
      }
      observation = e.bool("observationRequired", observation);
      if (e.has("methods")) {
        methods = PolicyReader.methods(e, "methods");
      }
      if (observation
          && !methods.contains(Method.DIRECT_OBSERVATION)
          && (!noPolicy || e.has("methods"))) {
        e.problem(
            "methods", "observation is required but DIRECT_OBSERVATION is not an allowed method");
      }
    }
    return new EvidenceRequirement(
        minimum, methods, observation, code == null ? 0 : policy.currencyMonths(code));
  }
}
