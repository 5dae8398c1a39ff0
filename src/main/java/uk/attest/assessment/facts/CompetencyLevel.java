package uk.attest.assessment.facts;

import java.util.Set;
import java.util.TreeSet;

/** The proficiency a learner has demonstrated on a role competency, against what it requires. */
public record CompetencyLevel(
    String roleId,
    String competencyId,
    int required,
    int demonstrated,
    double ratio,
    String rule,
    String reason,
    Set<String> evidenceIds) {

  public CompetencyLevel {
    evidenceIds = java.util.Collections.unmodifiableSet(new TreeSet<>(evidenceIds));
  }

  /** A level with its ratio, min(demonstrated ÷ required, 1), worked out. */
  public static CompetencyLevel of(
      CompetencyFact c, int demonstrated, String rule, String reason, Set<String> evidenceIds) {
    double ratio = c.required() == 0 ? 1 : Math.min(1.0, (double) demonstrated / c.required());
    return new CompetencyLevel(
        c.roleId(), c.competencyId(), c.required(), demonstrated, ratio, rule, reason, evidenceIds);
  }
}
