package uk.attest.assessment.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one session, kept per claim as the evidence rules make them (the rules' global
 * {@code findings}). A finding is an outcome that later rules read only through its claim's tally,
 * so it is recorded here rather than inserted as a fact of its own.
 */
public final class Findings {
  private final Map<String, Map<String, List<Finding>>> byEvidence = new HashMap<>();
  private final List<Finding> all = new ArrayList<>();

  public void add(Finding finding) {
    byEvidence
        .computeIfAbsent(finding.evidenceId(), k -> new HashMap<>())
        .computeIfAbsent(finding.criterionId(), k -> new ArrayList<>(4))
        .add(finding);
    all.add(finding);
  }

  /** What the findings on this claim add up to. */
  public ClaimTally tally(Claim claim, String rule) {
    return ClaimTally.of(
        claim,
        byEvidence
            .getOrDefault(claim.evidenceId(), Map.of())
            .getOrDefault(claim.criterionId(), List.of()),
        rule);
  }

  /** Every finding, in the order the rules made them. */
  public List<Finding> all() {
    return Collections.unmodifiableList(all);
  }
}
