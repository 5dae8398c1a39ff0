package uk.attest.catalogue;

import java.util.List;
import java.util.Optional;

/** An RQF qualification: units built from NOS, with rules of combination. */
public record Qualification(
    String id,
    String title,
    String number,
    int level,
    int tqt,
    int glh,
    int credit,
    boolean illustrative,
    String roleId,
    RulesOfCombination rules,
    List<QualificationUnit> units,
    String source) {

  public Qualification {
    units = List.copyOf(units);
  }

  public Optional<QualificationUnit> unit(String unitId) {
    return units.stream().filter(u -> u.id().equals(unitId)).findFirst();
  }

  /** Units by size: Award up to 120 hours of TQT, Certificate to 369, Diploma from 370. */
  public static String sizeTitle(int tqt) {
    return tqt <= 120 ? "Award" : tqt < 370 ? "Certificate" : "Diploma";
  }
}
