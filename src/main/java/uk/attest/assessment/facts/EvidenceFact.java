package uk.attest.assessment.facts;

import java.time.LocalDate;
import uk.attest.catalogue.Method;

/**
 * One evidence item as the rules see it.
 *
 * @param decision the assessor's decision, PENDING while there is none
 * @param proficiency the value shown on the policy scale, 0 when none was recorded
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
    boolean authenticityConfirmed) {

  public boolean hasWitness() {
    return witnessName != null && !witnessName.isBlank();
  }
}
