package uk.attest.assessment.facts;

import java.util.List;

/**
 * An assessment criterion of a qualification unit and the NOS criteria it maps to.
 *
 * @param glhShare the unit's guided learning hours divided by its number of assessment criteria
 */
public record AcFact(String id, String unitId, List<String> maps, int mapCount, double glhShare) {
  public AcFact(String id, String unitId, List<String> maps, double glhShare) {
    this(id, unitId, maps, maps.size(), glhShare);
  }

  /** The fact's links to the NOS criteria it maps to. */
  public List<AcMapping> mappings() {
    return maps.stream().map(k -> new AcMapping(id, k)).toList();
  }

  public AcFact {
    maps = List.copyOf(maps);
  }
}
