package uk.attest.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The assessment policy from policy.yaml: every number the rules use. */
public record Policy(
    int defaultCurrencyMonths,
    Map<String, Integer> currencyMonthsByUnit,
    Map<CriterionKind, Integer> minimumEvidence,
    Map<CriterionKind, Boolean> observationRequired,
    Map<CriterionKind, Set<Method>> allowedMethods,
    List<Proficiency> proficiencyScale,
    Map<Integer, String> requiredProficiencyByLevel,
    double defaultWeeklyLearningHours,
    SamplingPolicy sampling) {

  public Policy {
    currencyMonthsByUnit = Map.copyOf(currencyMonthsByUnit);
    minimumEvidence = Map.copyOf(minimumEvidence);
    observationRequired = Map.copyOf(observationRequired);
    allowedMethods = Map.copyOf(allowedMethods);
    proficiencyScale = List.copyOf(proficiencyScale);
    requiredProficiencyByLevel = Map.copyOf(requiredProficiencyByLevel);
  }

  public Optional<Proficiency> proficiency(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return proficiencyScale.stream()
        .filter(p -> p.name().equalsIgnoreCase(name.trim()))
        .findFirst();
  }

  public String proficiencyNames() {
    return String.join(", ", proficiencyScale.stream().map(Proficiency::name).toList());
  }

  public int currencyMonths(String unitCode) {
    return currencyMonthsByUnit.getOrDefault(unitCode, defaultCurrencyMonths);
  }

  /** The proficiency a criterion or competency at this RQF level requires. */
  public Proficiency requiredAt(int level) {
    String name = requiredProficiencyByLevel.get(level);
    return proficiency(name)
        .orElseThrow(() -> new IllegalStateException("no proficiency for level " + level));
  }
}
