package uk.attest.assessment.facts;

import java.time.LocalDate;
import uk.attest.catalogue.Method;

/**
 * One evidence item as the rules see it.
 *
 * @param decision the assessor's decision, PENDING while there is none
 * @param proficiency the value shown on the policy scale, 0 when none was recorded
 * @param countersignedBy the qualified assessor who countersigned a trainee's decision, or null
 */
public record EvidenceFact(
    String id,
    String learnerId,
    Method method,
    LocalDate activityDate,
    boolean learnerDeclaration,
    String witnessName,
    Decision decision,
    int proficiency,
    String proficiencyName,
    String assessorId,
    boolean assessorQualified,
    boolean authenticityConfirmed,
    String countersignedBy) {

  /** Whether the decision was countersigned by a qualified assessor. */
  public boolean countersigned() {
    return countersignedBy != null;
  }

  /**
   * Whether a qualified assessor stands behind the decision: they made it, or they countersigned a
   * trainee's.
   */
  public boolean qualifiedDecision() {
    return assessorQualified || countersignedBy != null;
  }

  public boolean hasWitness() {
    return witnessName != null && !witnessName.isBlank();
  }
}
