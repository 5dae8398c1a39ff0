package uk.attest.assessment.facts;

import java.util.Set;

/** A competency of a role, the proficiency it requires and the NOS criteria that evidence it. */
public record CompetencyFact(
    String roleId,
    String competencyId,
    String name,
    int required,
    String requiredName,
    Set<String> criteria) {
  public CompetencyFact {
    criteria = Set.copyOf(criteria);
  }
}
