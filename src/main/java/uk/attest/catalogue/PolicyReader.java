package uk.attest.catalogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads criteria/policy.yaml: the numbers that vary between awarding bodies, checked against each
 * other so that no criterion is left that could never be met.
 */
final class PolicyReader {
  private final CriteriaFolder folder;

  /** Lines of the per-unit currency windows, for the check made once the standards are read. */
  private final Map<String, Integer> currencyLines = new HashMap<>();

  PolicyReader(CriteriaFolder folder) {
    this.folder = folder;
  }

  int currencyLine(String code) {
    return currencyLines.getOrDefault(code, 1);
  }

  /** The policy, or null when it is missing or has problems of its own (they are reported). */
  Policy read() {
    Path file = folder.file("policy.yaml");
    if (!Files.isRegularFile(file)) {
      folder.report(new CatalogueProblem(folder.label(file), 0, "", "policy.yaml is missing"));
      return null;
    }
    YamlMap m = folder.parse(file);
    if (m == null) {
      return null;
    }
    int before = folder.problemCount();
    m.allowOnly(
        "currency",
        "minimumEvidence",
        "observationRequired",
        "allowedMethods",
        "proficiencyScale",
        "requiredProficiencyByLevel",
        "defaultWeeklyLearningHours",
        "sampling");
    YamlMap currency = m.map("currency");
    if (currency != null) {
      currency.allowOnly("defaultMonths", "units");
    }
    Integer defaultMonths = currency == null ? null : currency.positive("defaultMonths");
    Map<String, Integer> byUnit = new LinkedHashMap<>();
    YamlMap currencyUnits = currency == null ? null : currency.optMap("units");
    if (currencyUnits != null) {
      for (String code : currencyUnits.keys()) {
        Integer months = currencyUnits.positive(code);
        if (months != null) {
          byUnit.put(code, months);
          currencyLines.put(code, currencyUnits.line(code));
        }
      }
    }
    Map<CriterionKind, Integer> minimum = new EnumMap<>(CriterionKind.class);
    Map<CriterionKind, Boolean> observation = new EnumMap<>(CriterionKind.class);
    Map<CriterionKind, Set<Method>> methods = new EnumMap<>(CriterionKind.class);
    YamlMap minimumMap = m.map("minimumEvidence");
    YamlMap observationMap = m.map("observationRequired");
    YamlMap methodsMap = m.map("allowedMethods");
    for (CriterionKind kind : CriterionKind.values()) {
      if (minimumMap != null) {
        Integer n = minimumMap.positive(kind.name());
        if (n != null) {
          minimum.put(kind, n);
        }
      }
      if (observationMap != null) {
        observation.put(kind, observationMap.bool(kind.name(), false));
      }
      if (methodsMap != null) {
        methods.put(kind, methods(methodsMap, kind.name()));
      }
    }
    List<Proficiency> scale = scale(m);
    Map<Integer, String> byLevel = levels(m, scale);
    for (CriterionKind kind : CriterionKind.values()) {
      if (observation.getOrDefault(kind, false)
          && methods.containsKey(kind)
          && !methods.get(kind).contains(Method.DIRECT_OBSERVATION)) {
        observationMap.problem(
            kind.name(),
            "observation is required for "
                + kind.name()
                + " criteria but allowedMethods."
                + kind.name()
                + " does not include DIRECT_OBSERVATION, so no such criterion could be met");
      }
    }
    Double weekly = m.optNumber("defaultWeeklyLearningHours");
    if (weekly == null || weekly <= 0) {
      m.problem(
          "defaultWeeklyLearningHours", "'defaultWeeklyLearningHours' must be a positive number");
    }
    SamplingPolicy sampling = sampling(m);
    if (folder.problemCount() > before) {
      return null;
    }
    return new Policy(
        defaultMonths, byUnit, minimum, observation, methods, scale, byLevel, weekly, sampling);
  }

  /**
   * The internal quality assurer's sampling rates by risk; a higher-risk rate is never lower.
   * Optional: a folder without it assesses as before and only has no sampling plan.
   */
  private static SamplingPolicy sampling(YamlMap m) {
    YamlMap s = m.optMap("sampling");
    if (s == null) {
      return null;
    }
    s.allowOnly(
        "periodMonths",
        "rates",
        "actionRequiredThreshold",
        "newToQualificationDecisions",
        "methodsEachUnit");
    Integer months = s.positive("periodMonths");
    YamlMap rates = s.map("rates");
    Integer standard = null;
    Integer newRate = null;
    Integer actionRate = null;
    if (rates != null) {
      rates.allowOnly("standard", "newToQualification", "actionRequired");
      standard = percentage(rates, "standard");
      newRate = percentage(rates, "newToQualification");
      actionRate = percentage(rates, "actionRequired");
      for (String key : List.of("newToQualification", "actionRequired")) {
        Integer rate = key.equals("actionRequired") ? actionRate : newRate;
        if (standard != null && rate != null && rate < standard) {
          rates.problem(
              key,
              "'"
                  + key
                  + "' is "
                  + rate
                  + "%, lower than the standard rate of "
                  + standard
                  + "%; a riskier assessor must not be sampled less");
        }
      }
    }
    Integer threshold = percentage(s, "actionRequiredThreshold");
    Integer decisions = s.positive("newToQualificationDecisions");
    Set<Method> each = s.has("methodsEachUnit") ? methods(s, "methodsEachUnit") : Set.of();
    if (months == null
        || standard == null
        || newRate == null
        || actionRate == null
        || threshold == null
        || decisions == null) {
      return null;
    }
    return new SamplingPolicy(months, standard, newRate, actionRate, threshold, decisions, each);
  }

  /** A required whole percentage from 0 to 100. */
  private static Integer percentage(YamlMap m, String key) {
    Integer n = m.integer(key);
    if (n != null && (n < 0 || n > 100)) {
      m.problem(key, "'" + key + "' is a percentage from 0 to 100, found " + n);
      return null;
    }
    return n;
  }

  /** The proficiency scale, lowest first; names are unique whatever their case. */
  private static List<Proficiency> scale(YamlMap m) {
    List<Proficiency> scale = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    int last = 0;
    for (YamlMap p : m.maps("proficiencyScale")) {
      String name = p.text("name");
      Integer value = p.integer("value");
      if (name == null || value == null) {
        continue;
      }
      if (!names.add(name.toLowerCase())) {
        p.problem("name", "duplicate proficiency '" + name + "'");
      }
      if (value < last || value < 1) {
        p.problem("value", "the scale must run from lowest to highest with values of 1 or more");
      }
      last = value;
      scale.add(new Proficiency(name, value));
    }
    return scale;
  }

  private static Map<Integer, String> levels(YamlMap m, List<Proficiency> scale) {
    Map<Integer, String> byLevel = new HashMap<>();
    YamlMap levels = m.map("requiredProficiencyByLevel");
    if (levels != null) {
      levels
          .textEntries()
          .forEach(
              (level, name) -> {
                try {
                  int l = Integer.parseInt(level);
                  if (scale.stream().noneMatch(p -> p.name().equalsIgnoreCase(name))) {
                    levels.problem(level, unknownProficiency(name, scale));
                  }
                  byLevel.put(l, name);
                } catch (NumberFormatException e) {
                  levels.problem(level, "levels must be whole numbers, found '" + level + "'");
                }
              });
    }
    return byLevel;
  }

  private static String namesOf(List<Proficiency> scale) {
    return String.join(", ", scale.stream().map(Proficiency::name).toList());
  }

  /** The message for a proficiency not on the scale, wherever it is named. */
  static String unknownProficiency(String name, List<Proficiency> scale) {
    return "unknown proficiency '" + name + "' (the scale has " + namesOf(scale) + ")";
  }

  /**
   * Reports a level the policy gives no proficiency for, since criteria there could not be judged.
   */
  static void requireProficiencyAt(YamlMap m, Integer level, Policy policy) {
    if (level != null
        && policy != null
        && !policy.requiredProficiencyByLevel().containsKey(level)) {
      m.problem("level", "policy.yaml gives no required proficiency for level " + level);
    }
  }

  /**
   * A required list of assessment methods; criteria in the standards use it to override the
   * policy's allowedMethods, so they read it here too.
   */
  static Set<Method> methods(YamlMap m, String key) {
    List<String> names = m.texts(key, true);
    Set<Method> out = new LinkedHashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      int index = i;
      Method.parse(name)
          .ifPresentOrElse(
              out::add,
              () ->
                  m.problem(
                      key,
                      "unknown method '"
                          + name
                          + "' (entry "
                          + (index + 1)
                          + "); methods are "
                          + Method.names()));
    }
    return out;
  }
}
