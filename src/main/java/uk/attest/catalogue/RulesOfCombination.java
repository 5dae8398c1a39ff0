package uk.attest.catalogue;

import java.util.List;

/** How many credits, from which groups and at which level, make the qualification. */
public record RulesOfCombination(
    int minimumCredits, int minimumCreditsAtOrAboveLevel, List<UnitGroup> groups) {

  public RulesOfCombination {
    groups = List.copyOf(groups);
  }

  /**
   * A mandatory group (every unit) or an optional group (credits between a minimum and maximum).
   */
  public record UnitGroup(
      String id,
      String title,
      boolean mandatory,
      int minimumCredits,
      int maximumCredits,
      List<String> unitIds) {

    public UnitGroup {
      unitIds = List.copyOf(unitIds);
    }
  }
}
