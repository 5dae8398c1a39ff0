package uk.attest.assessment.facts;

import java.util.Set;

/** A NOS criterion with what it requires, from the standard and policy. */
public record CriterionFact(
    String id,
    String unitCode,
    String kind,
    int requiredProficiency,
    String requiredProficiencyName,
    int minimumAccepted,
    Set<String> allowedMethods,
    boolean observationRequired,
    int currencyMonths) {

  public CriterionFact {
    allowedMethods = Set.copyOf(allowedMethods);
  }
}
