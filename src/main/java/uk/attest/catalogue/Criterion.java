package uk.attest.catalogue;

/**
 * One performance criterion or knowledge item of a NOS unit.
 *
 * @param id the catalogue-wide id, {@code <unit code>.<P1|K1>}
 * @param requiredProficiency the proficiency (by the policy scale) evidence must show
 */
public record Criterion(
    String id,
    String localId,
    String unitCode,
    CriterionKind kind,
    String text,
    Proficiency requiredProficiency,
    EvidenceRequirement evidence) {

  public static String idOf(String unitCode, String localId) {
    return unitCode + "." + localId;
  }
}
