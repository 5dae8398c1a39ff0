package uk.attest.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.attest.catalogue.RulesOfCombination.UnitGroup;

/** Reads a qualification's rules of combination: its groups of units and their credit limits. */
final class RulesOfCombinationReader {
  private RulesOfCombinationReader() {}

  /**
   * The rules, or null when they are missing or lack a total; units are the ids the qualification
   * declares, and credit its credit value, which the rules' minimum must equal.
   */
  static RulesOfCombination read(YamlMap r, Set<String> units, Integer credit) {
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
}
