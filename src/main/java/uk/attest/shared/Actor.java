package uk.attest.shared;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is asking: a signed-in account with its roles and the records it acts for, or the system
 * itself (demo data, start-up). Every service call that reads or writes records takes one.
 *
 * <p>Serializable: a browser's signed-in actor is kept in its session, which lives in the database
 * so that any instance serves it.
 *
 * @param learnerId the learner this account is, for LEARNER
 * @param learnerCentreId that learner's centre
 * @param assessorId the assessor this account is, for ASSESSOR
 * @param assessorCentreId that assessor's centre
 * @param iqaCentreId the centre an IQA quality-assures
 * @param awardingBodyId the awarding body an AWARDING_BODY account works for
 */
public record Actor(
    String accountId,
    String username,
    String name,
    Set<Role> roles,
    String learnerId,
    String learnerCentreId,
    String assessorId,
    String assessorCentreId,
    String iqaCentreId,
    String awardingBodyId,
    boolean system)
    implements Serializable {

  public Actor {
    roles = Set.copyOf(roles);
  }

  /** The service acting for itself, named for the audit trail (e.g. "demo data"). */
  public static Actor system(String why) {
    return new Actor(
        null, null, "system (" + why + ")", Set.of(), null, null, null, null, null, null, true);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** How the audit trail names this actor: "Gwenllïan Hughes (assessor.demo; ASSESSOR)". */
  public String describe() {
    if (system) {
      return name;
    }
    return name
        + " ("
        + username
        + "; "
        + String.join(", ", roles.stream().map(Enum::name).sorted().toList())
        + ")";
  }
}
