package uk.attest.accounts;

import static uk.attest.shared.Role.ADMIN;
import static uk.attest.shared.Role.ASSESSOR;
import static uk.attest.shared.Role.AWARDING_BODY;
import static uk.attest.shared.Role.IQA;
import static uk.attest.shared.Role.LEARNER;
import static uk.attest.shared.Role.PLATFORM;

import org.springframework.stereotype.Component;
import uk.attest.shared.Actor;
import uk.attest.shared.Forbidden;
import uk.attest.shared.Role;

/**
 * Who may see and do what, in one place. Services ask before every read and write; a record the
 * actor may not see is then answered as not found, an action they may not take on a record they can
 * see as forbidden.
 *
 * <ul>
 *   <li>A learner sees their own records.
 *   <li>An assessor sees and judges the learners assigned to them (a registration names them), and
 *       never judges their own evidence as a learner.
 *   <li>A qualified assessor countersigns a trainee assessor's decisions on their learners.
 *   <li>An IQA sees their centre's learners and samples judgements; they change none.
 *   <li>The learner, their qualified assessor and their centre's IQA each sign their own
 *       declaration on the portfolio; nothing, the system included, signs for them.
 *   <li>An awarding body reads and exports the centres registered with it.
 *   <li>An admin manages accounts, centres, people and registrations, and reads no evidence: an
 *       admin account holds no other role (separation of duties), and should an old one hold one,
 *       the admin role wins.
 *   <li>The learning platform sends evidence and reads nothing.
 * </ul>
 */
@Component
public class Access {
  private final Directory directory;

  Access(Directory directory) {
    this.directory = directory;
  }

  /** Creating and managing accounts, centres, awarding bodies, people and registrations. */
  public boolean manages(Actor a) {
    return a.system() || a.has(ADMIN);
  }

  public boolean seesCentre(Actor a, String centreId) {
    if (a.system() || a.has(ADMIN)) {
      return true;
    }
    return (a.has(IQA) && centreId.equals(a.iqaCentreId()))
        || (a.has(ASSESSOR) && centreId.equals(a.assessorCentreId()))
        || (a.has(LEARNER) && centreId.equals(a.learnerCentreId()))
        || (a.has(AWARDING_BODY) && approved(centreId, a.awardingBodyId()));
  }

  /** Whether the learner's identity and registrations are visible (admins manage them). */
  public boolean seesLearner(Actor a, String learnerId, String centreId) {
    return a.system() || a.has(ADMIN) || seesRecords(a, learnerId, centreId);
  }

  /** Whether the learner's evidence, assessments, portfolio and audit entries are visible. */
  public boolean seesRecords(Actor a, String learnerId, String centreId) {
    if (a.system()) {
      return true;
    }
    if (a.has(ADMIN)) {
      return false; // separation of duties, even for an account made before V6
    }
    return (a.has(LEARNER) && learnerId.equals(a.learnerId()))
        || (a.has(IQA) && centreId.equals(a.iqaCentreId()))
        || (a.has(AWARDING_BODY) && approved(centreId, a.awardingBodyId()))
        || (a.has(ASSESSOR) && assigned(learnerId, a.assessorId()));
  }

  /** Uploading evidence and claiming it against criteria: the learner or their assessor. */
  public boolean writesEvidence(Actor a, String learnerId) {
    if (a.system()) {
      return true;
    }
    return !a.has(ADMIN)
        && ((a.has(LEARNER) && learnerId.equals(a.learnerId()))
            || (a.has(ASSESSOR) && assigned(learnerId, a.assessorId())));
  }

  /**
   * Withdrawing an evidence item or replacing its files: the same people who add evidence, the
   * learner (their own) or their assigned assessor.
   */
  public boolean changesEvidence(Actor a, String learnerId) {
    return writesEvidence(a, learnerId);
  }

  /** Moving a learner to another assessor of their centre: an admin. */
  public boolean reassigns(Actor a) {
    return manages(a);
  }

  /** Judging evidence: an assessor assigned to the learner, who is not that learner. */
  public boolean judges(Actor a, String learnerId) {
    return a.system()
        || (a.has(ASSESSOR)
            && !a.has(ADMIN)
            && assigned(learnerId, a.assessorId())
            && !learnerId.equals(a.learnerId()));
  }

  /**
   * Countersigning a trainee assessor's decision: a qualified assessor of the learner's centre, not
   * the learner. (They must also read the learner's records to find the decision.) A person
   * countersigns, never the system.
   */
  public boolean countersigns(Actor a, String learnerId, String centreId) {
    return !a.system()
        && a.has(ASSESSOR)
        && !a.has(ADMIN)
        && a.assessorId() != null
        && centreId.equals(a.assessorCentreId())
        && directory.qualified(a.assessorId())
        && !learnerId.equals(a.learnerId());
  }

  /**
   * Signing a declaration on a learner's portfolio: the learner their own, an assessor assigned to
   * the learner who is qualified the assessor's, an IQA of the learner's centre the IQA's. Only a
   * person signs: never the system, never for someone else.
   */
  public boolean signsDeclaration(Actor a, Role declaration, String learnerId, String centreId) {
    if (a.system() || a.has(ADMIN) || declaration == null) {
      return false;
    }
    return switch (declaration) {
      case LEARNER -> a.has(LEARNER) && learnerId.equals(a.learnerId());
      case ASSESSOR ->
          a.has(ASSESSOR)
              && assigned(learnerId, a.assessorId())
              && directory.qualified(a.assessorId())
              && !learnerId.equals(a.learnerId());
      case IQA -> a.has(IQA) && centreId.equals(a.iqaCentreId());
      default -> false;
    };
  }

  /** Recording an IQA sampling decision on a judgement at the IQA's own centre. */
  public boolean samples(Actor a, String centreId) {
    return a.system() || (a.has(IQA) && !a.has(ADMIN) && centreId.equals(a.iqaCentreId()));
  }

  /**
   * Reading a centre's sampling plan, its coverage and the IQA's decisions: the centre's IQA, and
   * the external quality assurer of an awarding body the centre is registered with (read only).
   */
  public boolean readsQualityAssurance(Actor a, String centreId) {
    if (a.system()) {
      return true;
    }
    return !a.has(ADMIN)
        && ((a.has(IQA) && centreId.equals(a.iqaCentreId()))
            || (a.has(AWARDING_BODY) && approved(centreId, a.awardingBodyId())));
  }

  /** The awarding-body export of a centre's cohort: its awarding bodies and its IQA. */
  public boolean exports(Actor a, String centreId) {
    if (a.system()) {
      return true;
    }
    return !a.has(ADMIN)
        && ((a.has(IQA) && centreId.equals(a.iqaCentreId()))
            || (a.has(AWARDING_BODY) && approved(centreId, a.awardingBodyId())));
  }

  /** Seeing an assessor's record: their centre's staff, its awarding bodies, their learners. */
  public boolean seesAssessor(Actor a, String assessorId, String centreId) {
    if (a.system() || a.has(ADMIN)) {
      return true;
    }
    return (a.has(ASSESSOR) && assessorId.equals(a.assessorId()))
        || (a.has(IQA) && centreId.equals(a.iqaCentreId()))
        || (a.has(AWARDING_BODY) && approved(centreId, a.awardingBodyId()))
        || (a.has(LEARNER) && a.learnerId() != null && assigned(a.learnerId(), assessorId));
  }

  public boolean seesAwardingBody(Actor a, String awardingBodyId) {
    return a.system() || a.has(ADMIN) || awardingBodyId.equals(a.awardingBodyId());
  }

  /** Sending evidence in bulk: the learning platform. */
  public boolean ingests(Actor a) {
    return a.system() || a.has(PLATFORM);
  }

  /** Reading the whole audit trail. */
  public boolean readsAudit(Actor a) {
    return a.system() || a.has(ADMIN);
  }

  /** Checking the audit chain, which shows only entry numbers and hashes. */
  public boolean verifiesAudit(Actor a) {
    return a.system() || a.has(ADMIN) || a.has(AWARDING_BODY);
  }

  /** Throws {@link Forbidden} with the reason unless allowed. */
  public static void require(boolean allowed, String reason) {
    if (!allowed) {
      throw new Forbidden(reason);
    }
  }

  private boolean assigned(String learnerId, String assessorId) {
    return assessorId != null && directory.assigned(learnerId, assessorId);
  }

  private boolean approved(String centreId, String awardingBodyId) {
    return awardingBodyId != null && directory.approved(centreId, awardingBodyId);
  }
}
