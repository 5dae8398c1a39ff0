package uk.attest.assessment.facts;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The outcome of one NOS criterion, as seen by an assessment criterion that maps to it. */
public record MappedOutcome(
    String acId, String criterionId, Outcome outcome, Set<String> evidenceIds) {
  public MappedOutcome {
    evidenceIds = java.util.Collections.unmodifiableSet(new TreeSet<>(evidenceIds));
  }

  /** The evidence behind these outcomes. */
  public static Set<String> evidenceOf(Collection<?> outcomes) {
    Set<String> ids = new TreeSet<>();
    outcomes.forEach(o -> ids.addAll(((MappedOutcome) o).evidenceIds()));
    return ids;
  }

  /** "ATTECL02.P3 (partly met), ATTECL02.K1 (not started)": the mapped criteria not yet met. */
  public static String notMet(Collection<?> outcomes) {
    return outcomes.stream()
        .map(MappedOutcome.class::cast)
        .filter(o -> o.outcome() != Outcome.MET)
        .sorted(Comparator.comparing(MappedOutcome::criterionId))
        .map(
            o ->
                o.criterionId()
                    + " ("
                    + (o.outcome() == Outcome.PARTIAL
                        ? "partly met"
                        : o.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    + ")")
        .collect(Collectors.joining(", "));
  }
}
