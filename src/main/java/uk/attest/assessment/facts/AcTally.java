package uk.attest.assessment.facts;

import java.util.Collection;
import java.util.List;

/**
 * The outcomes of the NOS criteria an assessment criterion maps to, added up once every one of them
 * is judged.
 */
public record AcTally(
    AcFact ac,
    List<MappedOutcome> outcomes,
    int met,
    int partlyMet,
    int notMet,
    int notStarted,
    String rule) {

  public AcTally {
    outcomes = List.copyOf(outcomes);
  }

  /** The tally of the mapped outcomes an accumulate collected (Drools hands them over untyped). */
  public static AcTally of(AcFact ac, Collection<?> seen, String rule) {
    List<MappedOutcome> outcomes = seen.stream().map(MappedOutcome.class::cast).toList();
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
}
