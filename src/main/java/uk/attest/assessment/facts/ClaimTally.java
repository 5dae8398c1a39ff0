package uk.attest.assessment.facts;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the findings on one claim add up to, once every part of VACSR judged per item has been
 * judged: the aspects some rule passed and the aspects some rule failed.
 */
public record ClaimTally(Claim claim, Set<Aspect> passed, Set<Aspect> failed, String rule) {

  public ClaimTally {
    passed = Set.copyOf(passed);
    failed = Set.copyOf(failed);
  }

  /** The tally of a claim's findings. */
  public static ClaimTally of(Claim claim, Collection<?> findings, String rule) {
    Set<Aspect> passed = EnumSet.noneOf(Aspect.class);
    Set<Aspect> failed = EnumSet.noneOf(Aspect.class);
    for (Object o : findings) {
      Finding f = (Finding) o;
      (f.passed() ? passed : failed).add(f.aspect());
    }
    return new ClaimTally(claim, passed, failed, rule);
  }

  /** Whether a rule found the claim meets this aspect and none found it does not. */
  public boolean holds(Aspect aspect) {
    return passed.contains(aspect) && !failed.contains(aspect);
  }

  public String evidenceId() {
    return claim.evidenceId();
  }

  public String criterionId() {
    return claim.criterionId();
  }
}
