package uk.attest.assessment.facts;

import java.util.Set;
import uk.attest.catalogue.CriterionKind;
import uk.attest.catalogue.Method;

/** A NOS criterion with what it requires, from the standard and policy. */
public record CriterionFact(
    String id,
    String unitCode,
    CriterionKind kind,
    int requiredProficiency,
    String requiredProficiencyName,
    int minimumAccepted,
    Set<Method> allowedMethods,
    boolean observationRequired,
    int currencyMonths) {

  public CriterionFact {
    allowedMethods = Set.copyOf(allowedMethods);
  }
}
