package uk.attest.assessment.facts;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import uk.attest.catalogue.Combinations;

/**
 * What a group's units add up to for this learner. Credits beyond an optional group's maximum do
 * not count; the selected units are the choice within the group's minimum and maximum credits with
 * the best credit-weighted coverage (see {@link Combinations#best}).
 *
 * @param countedCredits achieved credits that count towards the rules of combination
 * @param countedAtOrAboveLevel of those, credits from units at or above the qualification level
 * @param weightedCoverage the selected units' credit × coverage, summed
 * @param missing mandatory units not yet achieved (empty for optional groups)
 */
public record GroupStanding(
    String groupId,
    boolean mandatory,
    int achievedCredits,
    int countedCredits,
    int countedAtOrAboveLevel,
    double weightedCoverage,
    List<String> selectedUnitIds,
    List<String> missing) {

  public GroupStanding {
    selectedUnitIds = List.copyOf(selectedUnitIds);
    missing = List.copyOf(missing);
  }

  public static GroupStanding of(
      GroupFact group, int qualificationLevel, Collection<?> unitResults) {
    List<UnitResult> units =
        unitResults.stream()
            .map(UnitResult.class::cast)
            .sorted(Comparator.comparing(UnitResult::unitId))
            .toList();
    List<UnitResult> achieved = units.stream().filter(UnitResult::achieved).toList();
    int achievedCredits = achieved.stream().mapToInt(UnitResult::credit).sum();
    int achievedAbove =
        achieved.stream()
            .filter(u -> u.level() >= qualificationLevel)
            .mapToInt(UnitResult::credit)
            .sum();
    if (group.mandatory()) {
      return new GroupStanding(
          group.id(),
          true,
          achievedCredits,
          achievedCredits,
          achievedAbove,
          units.stream().mapToDouble(UnitResult::weightedCredit).sum(),
          units.stream().map(UnitResult::unitId).toList(),
          units.stream().filter(u -> !u.achieved()).map(UnitResult::unitId).toList());
    }
    List<UnitResult> selected =
        Combinations.best(
            units,
            UnitResult::credit,
            UnitResult::weightedCredit,
            group.minimumCredits(),
            group.maximumCredits());
    return new GroupStanding(
        group.id(),
        false,
        achievedCredits,
        Math.min(group.maximumCredits(), achievedCredits),
        Math.min(group.maximumCredits(), achievedAbove),
        selected.stream().mapToDouble(UnitResult::weightedCredit).sum(),
        selected.stream().map(UnitResult::unitId).toList(),
        List.of());
  }
}
