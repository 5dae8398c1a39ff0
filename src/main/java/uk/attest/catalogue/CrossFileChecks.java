package uk.attest.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The checks that need more than one file, or a whole qualification, read first: ids unique across
 * files, currency windows only for standards that loaded, roles that qualifications name, and rules
 * of combination that some choice of units satisfies. References to NOS are checked as they are
 * read, by {@link References}.
 */
final class CrossFileChecks {
  private final CriteriaFolder folder;

  // For each kind of id, the file that first held each one.
  private final Map<String, String> codes = new HashMap<>();
  private final Map<String, String> qualificationIds = new HashMap<>();
  private final Map<String, String> roleIds = new HashMap<>();

  CrossFileChecks(CriteriaFolder folder) {
    this.folder = folder;
  }

  void uniqueCode(NosUnit unit, int line) {
    claim(codes, unit.code(), unit.source(), line, "code", "NOS code");
  }

  void uniqueId(Qualification q, int line) {
    claim(qualificationIds, q.id(), q.source(), line, "id", "qualification id");
  }

  void uniqueId(RoleFramework role, String file, int line) {
    claim(roleIds, role.id(), file, line, "id", "role id");
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

  /** Reports each per-unit currency window in policy.yaml whose unit did not load. */
  void currencyUnitsLoaded(Policy policy, List<NosUnit> units, ToIntFunction<String> lineOf) {
    if (policy == null) {
      return;
    }
    Set<String> loaded = units.stream().map(NosUnit::code).collect(Collectors.toSet());
    String file = folder.label(folder.file("policy.yaml"));
    policy.currencyMonthsByUnit().keySet().stream()
        .filter(code -> !loaded.contains(code))
        .forEach(
            code ->
                folder.report(
                    new CatalogueProblem(
                        file,
                        lineOf.applyAsInt(code),
                        "currency.units." + code,
                        "unknown NOS unit '" + code + "'")));
  }

  /**
   * Whether some choice of the qualification's units meets its rules of combination; if none does,
   * no learner could ever achieve it, so that is reported at the rules.
   */
  boolean satisfiable(Qualification q, YamlMap m) {
    if (Combinations.satisfiable(q)) {
      return true;
    }
    m.problem(
        "rulesOfCombination",
        "no choice of this qualification's units satisfies its rules of combination ("
            + q.rules().minimumCredits()
            + " credits, "
            + q.rules().minimumCreditsAtOrAboveLevel()
            + " at level "
            + q.level()
            + " or above, within each group's limits)");
    return false;
  }

  /** Reports qualifications naming a role that did not load; call once every role is read. */
  void rolesKnown(List<Qualification> qualifications) {
    for (Qualification q : qualifications) {
      if (q.roleId() != null && !roleIds.containsKey(q.roleId())) {
        folder.report(
            new CatalogueProblem(q.source(), 1, "role", "unknown role '" + q.roleId() + "'"));
      }
    }
  }
}
