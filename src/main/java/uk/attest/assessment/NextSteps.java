package uk.attest.assessment;

import java.util.ArrayList;
import java.util.List;
import uk.attest.assessment.Assessment.CombinationView;
import uk.attest.assessment.Assessment.CriterionView;
import uk.attest.assessment.Assessment.UnitView;

/**
 * What is left to do, in plain words, read off an assessment: the units that count towards the
 * qualification and are not achieved yet with the criteria each still needs, then the rules of
 * combination not yet met. Nothing here judges; it only reads what the rules decided.
 */
public final class NextSteps {
  private NextSteps() {}

  /** A unit still to achieve and its criteria not yet met, each with its outcome in words. */
  public record UnitStep(UnitView unit, List<CriterionView> open) {}

  public record Steps(boolean ready, List<UnitStep> units, List<String> combination) {}

  public static Steps of(Assessment assessment, Names names) {
    var q = assessment.qualification();
    List<UnitStep> units = new ArrayList<>();
    for (UnitView u : q.units()) {
      if (u.counted() && !u.achieved()) {
        units.add(
            new UnitStep(
                u, u.criteria().stream().filter(c -> !"MET".equals(c.outcome())).toList()));
      }
    }
    List<String> combination =
        q.rulesOfCombination().stream()
            .filter(c -> !c.holds())
            .map(CombinationView::reason)
            .map(names::in)
            .toList();
    return new Steps("READY".equals(q.readiness().status()), units, combination);
  }
}
