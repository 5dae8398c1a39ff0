package uk.attest.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import uk.attest.catalogue.RulesOfCombination.UnitGroup;

/** Arithmetic over rules of combination: which choices of units are possible, and which is best. */
public final class Combinations {
  /** Groups larger than this are not searched exhaustively; the loader refuses them. */
  public static final int MAX_OPTIONAL_UNITS_PER_GROUP = 16;

  private Combinations() {}

  /**
   * Whether some choice of the qualification's units, all achieved, satisfies every rule of
   * combination: each group between its minimum and maximum, the total, and the level minimum.
   */
  public static boolean satisfiable(Qualification q) {
    RulesOfCombination rules = q.rules();
    Map<String, QualificationUnit> units = index(q);
    // Reachable (credits, credits at or above level) pairs, capped at what the rules need.
    Set<List<Integer>> reachable = new HashSet<>(Set.of(List.of(0, 0)));
    for (UnitGroup group : rules.groups()) {
      List<QualificationUnit> members = group.unitIds().stream().map(units::get).toList();
      Set<List<Integer>> options = new HashSet<>();
      for (List<QualificationUnit> choice :
          group.mandatory() ? List.of(members) : subsets(members)) {
        int credits = choice.stream().mapToInt(QualificationUnit::credit).sum();
        if (!group.mandatory()
            && (credits < group.minimumCredits() || credits > group.maximumCredits())) {
          continue;
        }
        int above =
            choice.stream()
                .filter(u -> u.level() >= q.level())
                .mapToInt(QualificationUnit::credit)
                .sum();
        options.add(List.of(credits, above));
      }
      Set<List<Integer>> next = new HashSet<>();
      for (List<Integer> r : reachable) {
        for (List<Integer> o : options) {
          next.add(
              List.of(
                  Math.min(rules.minimumCredits(), r.get(0) + o.get(0)),
                  Math.min(rules.minimumCreditsAtOrAboveLevel(), r.get(1) + o.get(1))));
        }
      }
      reachable = next;
    }
    return reachable.contains(
        List.of(rules.minimumCredits(), rules.minimumCreditsAtOrAboveLevel()));
  }

  /**
   * The subset of a group's units with the most credit-weighted value among those whose credits lie
   * between the group's minimum and maximum (so the choice satisfies the group); ties go to fewer
   * credits, then to earlier units. If no subset reaches the minimum, the best within the maximum.
   */
  public static <T> List<T> best(
      List<T> candidates,
      ToDoubleFunction<T> credit,
      ToDoubleFunction<T> value,
      int minimumCredits,
      int maximumCredits) {
    List<T> best = null;
    double bestValue = -1;
    double bestCredits = 0;
    for (boolean needMinimum : new boolean[] {true, false}) {
      for (List<T> choice : subsets(candidates)) {
        double credits = choice.stream().mapToDouble(credit).sum();
        if (credits > maximumCredits || (needMinimum && credits < minimumCredits)) {
          continue;
        }
        double v = choice.stream().mapToDouble(value).sum();
        if (best == null
            || v > bestValue + 1e-9
            || (Math.abs(v - bestValue) <= 1e-9 && credits < bestCredits)) {
          best = choice;
          bestValue = v;
          bestCredits = credits;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return List.of();
  }

  /** All subsets in a stable order (by bit pattern), so ties always break the same way. */
  static <T> List<List<T>> subsets(List<T> items) {
    if (items.size() > MAX_OPTIONAL_UNITS_PER_GROUP) {
      throw new IllegalArgumentException("too many units in one group: " + items.size());
    }
    List<List<T>> out = new ArrayList<>();
    for (int mask = 0; mask < (1 << items.size()); mask++) {
      List<T> choice = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          choice.add(items.get(i));
        }
      }
      out.add(choice);
    }
    return out;
  }

  private static Map<String, QualificationUnit> index(Qualification q) {
    Map<String, QualificationUnit> map = new java.util.HashMap<>();
    q.units().forEach(u -> map.put(u.id(), u));
    return map;
  }
}
