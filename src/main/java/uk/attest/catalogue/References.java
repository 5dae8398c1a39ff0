package uk.attest.catalogue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The NOS units and criteria the standards declare, and the check of every reference to them from
 * qualifications and roles. A reference resolves against everything declared, even in a standards
 * file with problems of its own, so one broken file is reported once rather than at each reference.
 */
final class References {
  private final CriteriaFolder folder;
  private final Set<String> units = new HashSet<>();
  private final Set<String> criteria = new HashSet<>();

  /** Standards files that could not be read at all: references into them are not re-reported. */
  private int unreadableStandards;

  /**
   * References that may point into an unreadable standards file, counted by the file they are in.
   */
  private final Map<String, Integer> unresolved = new LinkedHashMap<>();

  References(CriteriaFolder folder) {
    this.folder = folder;
  }

  void declareUnit(String code) {
    units.add(code);
  }

  void declareCriterion(String id) {
    criteria.add(id);
  }

  void standardsFileUnreadable() {
    unreadableStandards++;
  }

  /** Checks a field that names one NOS unit. */
  void checkUnit(YamlMap m, String key, String code) {
    if (code != null && !units.contains(code)) {
      unknown(m.file(), m.line(key), m.at(key), "unknown NOS unit '" + code + "'", code);
    }
  }

  /** Checks a list of NOS criteria, such as the ones an assessment criterion maps to. */
  void checkCriteria(YamlMap m, String key, List<String> ids) {
    checkEach(m, key, ids, criteria::contains, "NOS criterion");
  }

  /** Checks a list where each entry may name a whole NOS unit or one of its criteria. */
  void checkUnitsOrCriteria(YamlMap m, String key, List<String> refs) {
    checkEach(
        m,
        key,
        refs,
        ref -> units.contains(ref) || criteria.contains(ref),
        "NOS unit or criterion");
  }

  /** Reports each entry of a list of references that names nothing loaded, at its own line. */
  private void checkEach(
      YamlMap m, String key, List<String> refs, Predicate<String> known, String what) {
    for (int i = 0; i < refs.size(); i++) {
      String ref = refs.get(i);
      if (!known.test(ref)) {
        unknown(
            m.file(), m.lineOfEntry(key, i), m.at(key), "unknown " + what + " '" + ref + "'", ref);
      }
    }
  }

  /**
   * Reports a reference to an unknown unit or criterion, unless the unit it names may be in a
   * standards file that could not be read: those are counted and summarised once per file.
   */
  private void unknown(String file, int line, String where, String message, String ref) {
    String unit = ref.contains(".") ? ref.substring(0, ref.lastIndexOf('.')) : ref;
    if (unreadableStandards > 0 && !units.contains(unit)) {
      unresolved.merge(file, 1, Integer::sum);
    } else {
      folder.report(new CatalogueProblem(file, line, where, message));
    }
  }

  /** One problem per file for the references held back above; called once all files are read. */
  void reportUnresolved() {
    unresolved.forEach(
        (file, count) ->
            folder.report(
                new CatalogueProblem(
                    file,
                    1,
                    "",
                    count
                        + " reference(s) to NOS units that were not loaded, because a standards file"
                        + " above could not be read")));
  }
}
