package uk.attest.assessment.facts;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one criterion's evidence adds up to, once every claim has been judged: the items mapped to
 * it, the items that count, and whether a direct observation is among those that count.
 */
public record CriterionTally(
    CriterionFact criterion,
    Set<String> mapped,
    Set<String> counted,
    boolean countedObservation,
    String rule) {

  public CriterionTally {
    mapped = Collections.unmodifiableSet(new TreeSet<>(mapped));
    counted = Collections.unmodifiableSet(new TreeSet<>(counted));
  }

  /** The tally from the ids an accumulate collected (Drools hands them over untyped). */
  public static CriterionTally of(
      CriterionFact criterion,
      Collection<?> mapped,
      Collection<?> counted,
      Collection<?> countedMethods,
      String rule) {
    return new CriterionTally(
        criterion,
        ids(mapped),
        ids(counted),
        countedMethods.contains(uk.attest.catalogue.Method.DIRECT_OBSERVATION),
        rule);
  }

  private static Set<String> ids(Collection<?> ids) {
    Set<String> out = new TreeSet<>();
    ids.forEach(id -> out.add((String) id));
    return out;
  }

  public String criterionId() {
    return criterion.id();
  }
}
