package uk.attest.catalogue;

import java.util.Set;

/** What evidence a criterion needs, with policy defaults already applied. */
public record EvidenceRequirement(
    int minimumAccepted, Set<Method> methods, boolean observationRequired, int currencyMonths) {

  public EvidenceRequirement {
    methods = Set.copyOf(methods);
  }
}
