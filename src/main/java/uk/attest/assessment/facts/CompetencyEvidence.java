package uk.attest.assessment.facts;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** An item that demonstrates a proficiency on a criterion evidencing a role competency. */
public record CompetencyEvidence(
    String roleId, String competencyId, String evidenceId, int proficiency) {
  /** The highest proficiency among these. */
  public static int highest(Collection<?> shown) {
    return shown.stream().mapToInt(d -> ((CompetencyEvidence) d).proficiency()).max().orElse(0);
  }

  /** The items that show the highest proficiency. */
  public static Set<String> evidenceOf(Collection<?> shown) {
    int top = highest(shown);
    Set<String> ids = new TreeSet<>();
    shown.stream()
        .map(CompetencyEvidence.class::cast)
        .filter(d -> d.proficiency() == top)
        .forEach(d -> ids.add(d.evidenceId()));
    return ids;
  }
}
