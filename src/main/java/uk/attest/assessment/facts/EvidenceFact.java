package uk.attest.assessment.facts;

import java.time.LocalDate;

/**
 * One evidence item as the rules see it.
 *
 * @param decision ACCEPTED, REFERRED or PENDING (no assessor decision yet)
 * @param proficiency the value shown on the policy scale, 0 when none was recorded
 */
public record EvidenceFact(
    String id,
    String learnerId,
    String method,
    LocalDate activityDate,
    boolean learnerDeclaration,
    String witnessName,
    String decision,
    int proficiency,
    String proficiencyName,
    String assessorId,
    boolean assessorQualified,
    boolean authenticityConfirmed) {

  public boolean hasWitness() {
    return witnessName != null && !witnessName.isBlank();
  }
}
