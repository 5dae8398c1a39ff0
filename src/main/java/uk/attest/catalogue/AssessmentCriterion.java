package uk.attest.catalogue;

import java.util.List;

/**
 * An assessment criterion such as 1.2, met through the NOS criteria it maps to.
 *
 * @param id the catalogue-wide id, {@code <unit id>/<number>}
 */
public record AssessmentCriterion(
    String id, String unitId, String number, String text, List<String> maps) {
  public AssessmentCriterion {
    maps = List.copyOf(maps);
  }
}
