package uk.attest.assessment.facts;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The outcomes of the NOS criteria an assessment criterion maps to, added up once every one of them
 * is judged.
 */
public record AcTally(
    AcFact ac,
    List<CriterionResult> outcomes,
    int met,
    int partlyMet,
    int notMet,
    int notStarted,
    String rule) {

  public AcTally {
    outcomes = List.copyOf(outcomes);
  }

  /** The tally of the outcomes an accumulate collected (Drools hands them over untyped). */
  public static AcTally of(AcFact ac, Collection<?> seen, String rule) {
    List<CriterionResult> outcomes = seen.stream().map(CriterionResult.class::cast).toList();
    int[] by = new int[Outcome.values().length];
    outcomes.forEach(o -> by[o.outcome().ordinal()]++);
    return new AcTally(
        ac,
        outcomes,
        by[Outcome.MET.ordinal()],
        by[Outcome.PARTIAL.ordinal()],
        by[Outcome.NOT_MET.ordinal()],
        by[Outcome.NOT_STARTED.ordinal()],
        rule);
  }

  public String acId() {
    return ac.id();
  }

  /** How many NOS criteria the assessment criterion maps to. */
  public int mapCount() {
    return ac.mapCount();
  }

  /** Every item counted or claimed on the NOS criteria it maps to, sorted. */
  public Set<String> evidenceIds() {
    Set<String> ids = new TreeSet<>();
    outcomes.forEach(o -> ids.addAll(o.evidenceIds()));
    return ids;
  }

  /** The mapped NOS criteria not yet met, with how far each has got: "N1.P2 (partly met)". */
  public String stillToDo() {
    return outcomes.stream()
        .filter(o -> o.outcome() != Outcome.MET)
        .sorted(Comparator.comparing(CriterionResult::criterionId))
        .map(o -> o.criterionId() + " (" + Wording.outcome(o.outcome()) + ")")
        .collect(Collectors.joining(", "));
  }
}
