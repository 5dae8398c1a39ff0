package uk.attest.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.attest.shared.Actor;
import uk.attest.shared.Forbidden;
import uk.attest.shared.Role;

/**
 * The access policy as plain Java: two centres, each with a learner and an assessor; Ceri is
 * assigned to Siân at centre A, and awarding body B approves centre A only.
 */
class AccessTest {
  private static final String CENTRE_A = "ctr_a";
  private static final String CENTRE_B = "ctr_b";

  /** A directory with fixed answers: who is assigned to whom, which centres a body approved. */
  private static final Directory DIRECTORY =
      new Directory() {
        private final Map<String, String> learnerCentres =
            Map.of("lrn_sian", CENTRE_A, "lrn_owain", CENTRE_A, "lrn_zoe", CENTRE_B);
        private final Map<String, String> assessorCentres =
            Map.of("asr_ceri", CENTRE_A, "asr_dafydd", CENTRE_B);

        @Override
        public boolean assigned(String learnerId, String assessorId) {
          return learnerId.equals("lrn_sian") && assessorId.equals("asr_ceri");
        }

        @Override
        public boolean approved(String centreId, String awardingBodyId) {
          return centreId.equals(CENTRE_A) && awardingBodyId.equals("abo_b");
        }

        @Override
        public Optional<String> learnerCentre(String learnerId) {
          return Optional.ofNullable(learnerCentres.get(learnerId));
        }

        @Override
        public boolean qualified(String assessorId) {
          return assessorId.equals("asr_ceri");
        }

        @Override
        public Optional<String> assessorCentre(String assessorId) {
          return Optional.ofNullable(assessorCentres.get(assessorId));
        }

        @Override
        public boolean centreExists(String centreId) {
          return centreId.equals(CENTRE_A) || centreId.equals(CENTRE_B);
        }

        @Override
        public boolean awardingBodyExists(String awardingBodyId) {
          return awardingBodyId.equals("abo_b");
        }
      };

  private final Access access = new Access(DIRECTORY);

  private static Actor actor(Role role, String learner, String assessor, String iqa, String body) {
    return new Actor(
        "acc_" + role,
        role.name().toLowerCase(),
        "Someone",
        Set.of(role),
        learner,
        learner == null ? null : CENTRE_A,
        assessor,
        assessor == null ? null : CENTRE_A,
        iqa,
        body,
        false);
  }

  private final Actor sian = actor(Role.LEARNER, "lrn_sian", null, null, null);
  private final Actor ceri = actor(Role.ASSESSOR, null, "asr_ceri", null, null);
  private final Actor iqaOfA = actor(Role.IQA, null, null, CENTRE_A, null);
  private final Actor bodyB = actor(Role.AWARDING_BODY, null, null, null, "abo_b");
  private final Actor admin = actor(Role.ADMIN, null, null, null, null);
  private final Actor platform = actor(Role.PLATFORM, null, null, null, null);

  @Test
  void aLearnerSeesTheirOwnRecordsAndNoOneElses() {
    assertThat(access.seesRecords(sian, "lrn_sian", CENTRE_A)).isTrue();
    assertThat(access.seesRecords(sian, "lrn_owain", CENTRE_A)).isFalse();
    assertThat(access.seesLearner(sian, "lrn_owain", CENTRE_A)).isFalse();
    assertThat(access.writesEvidence(sian, "lrn_sian")).isTrue();
    assertThat(access.writesEvidence(sian, "lrn_owain")).isFalse();
    assertThat(access.judges(sian, "lrn_sian")).isFalse();
  }

  @Test
  void anAssessorSeesAndJudgesOnlyTheLearnersAssignedToThem() {
    assertThat(access.seesRecords(ceri, "lrn_sian", CENTRE_A)).isTrue();
    assertThat(access.judges(ceri, "lrn_sian")).isTrue();
    assertThat(access.writesEvidence(ceri, "lrn_sian")).isTrue();
    // Owain is at the same centre, but nobody assigned him to Ceri.
    assertThat(access.seesRecords(ceri, "lrn_owain", CENTRE_A)).isFalse();
    assertThat(access.judges(ceri, "lrn_owain")).isFalse();
  }

  @Test
  void anAssessorWhoIsAlsoTheLearnerNeverJudgesTheirOwnEvidence() {
    Actor twoHats =
        new Actor(
            "acc_both",
            "ceri",
            "Ceri",
            Set.of(Role.ASSESSOR, Role.LEARNER),
            "lrn_sian",
            CENTRE_A,
            "asr_ceri",
            CENTRE_A,
            null,
            null,
            false);
    assertThat(access.seesRecords(twoHats, "lrn_sian", CENTRE_A)).isTrue();
    assertThat(access.judges(twoHats, "lrn_sian")).isFalse();
  }

  @Test
  void anAdminSeesNoEvidenceEvenThroughALinkAnOldAccountStillHolds() {
    Actor adminAndAssessor =
        new Actor(
            "acc_old",
            "old.admin",
            "Old Admin",
            Set.of(Role.ADMIN, Role.ASSESSOR, Role.IQA),
            null,
            null,
            "asr_ceri",
            CENTRE_A,
            CENTRE_A,
            null,
            false);
    assertThat(access.seesRecords(adminAndAssessor, "lrn_sian", CENTRE_A)).isFalse();
    assertThat(access.writesEvidence(adminAndAssessor, "lrn_sian")).isFalse();
    assertThat(access.judges(adminAndAssessor, "lrn_sian")).isFalse();
    assertThat(access.samples(adminAndAssessor, CENTRE_A)).isFalse();
    assertThat(access.exports(adminAndAssessor, CENTRE_A)).isFalse();
    assertThat(access.manages(adminAndAssessor)).as("still an admin").isTrue();
  }

  @Test
  void anIqaSeesAndSamplesTheirCentreOnly() {
    assertThat(access.seesRecords(iqaOfA, "lrn_owain", CENTRE_A)).isTrue();
    assertThat(access.samples(iqaOfA, CENTRE_A)).isTrue();
    assertThat(access.exports(iqaOfA, CENTRE_A)).isTrue();
    assertThat(access.seesRecords(iqaOfA, "lrn_zoe", CENTRE_B)).isFalse();
    assertThat(access.samples(iqaOfA, CENTRE_B)).isFalse();
    assertThat(access.judges(iqaOfA, "lrn_owain")).isFalse();
    assertThat(access.writesEvidence(iqaOfA, "lrn_owain")).isFalse();
  }

  @Test
  void anAwardingBodyReadsAndExportsOnlyTheCentresItApproved() {
    assertThat(access.seesCentre(bodyB, CENTRE_A)).isTrue();
    assertThat(access.seesRecords(bodyB, "lrn_sian", CENTRE_A)).isTrue();
    assertThat(access.exports(bodyB, CENTRE_A)).isTrue();
    assertThat(access.seesCentre(bodyB, CENTRE_B)).isFalse();
    assertThat(access.seesRecords(bodyB, "lrn_zoe", CENTRE_B)).isFalse();
    assertThat(access.exports(bodyB, CENTRE_B)).isFalse();
    assertThat(access.seesAwardingBody(bodyB, "abo_b")).isTrue();
    assertThat(access.seesAwardingBody(bodyB, "abo_other")).isFalse();
  }

  @Test
  void anAdminManagesPeopleButReadsNoEvidence() {
    assertThat(access.manages(admin)).isTrue();
    assertThat(access.seesLearner(admin, "lrn_zoe", CENTRE_B)).isTrue();
    assertThat(access.seesRecords(admin, "lrn_zoe", CENTRE_B)).isFalse();
    assertThat(access.writesEvidence(admin, "lrn_zoe")).isFalse();
    assertThat(access.judges(admin, "lrn_zoe")).isFalse();
    assertThat(access.readsAudit(admin)).isTrue();
  }

  @Test
  void thePlatformSendsEvidenceAndReadsNothing() {
    assertThat(access.ingests(platform)).isTrue();
    assertThat(access.seesCentre(platform, CENTRE_A)).isFalse();
    assertThat(access.seesLearner(platform, "lrn_sian", CENTRE_A)).isFalse();
    assertThat(access.seesRecords(platform, "lrn_sian", CENTRE_A)).isFalse();
    assertThat(access.ingests(sian)).isFalse();
  }

  @Test
  void onlyAdminsReadTheWholeTrailAndAdminsAndAwardingBodiesCheckItsChain() {
    assertThat(access.readsAudit(bodyB)).isFalse();
    assertThat(access.verifiesAudit(bodyB)).isTrue();
    assertThat(access.verifiesAudit(admin)).isTrue();
    assertThat(access.verifiesAudit(ceri)).isFalse();
    assertThat(access.readsAudit(sian)).isFalse();
  }

  @Test
  void theServiceActingForItselfMayDoAnything() {
    Actor system = Actor.system("demo data");
    assertThat(access.seesRecords(system, "lrn_zoe", CENTRE_B)).isTrue();
    assertThat(access.judges(system, "lrn_zoe")).isTrue();
    assertThat(access.manages(system)).isTrue();
  }

  @Test
  void aRefusalSaysWhy() {
    assertThatThrownBy(() -> Access.require(false, "only an admin creates centres"))
        .isInstanceOf(Forbidden.class)
        .hasMessage("only an admin creates centres");
  }
}
