package uk.attest.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.attest.audit.AuditEntry;

/** Every kind of audit entry reads as a sentence with names and titles, not ids and JSON. */
class AuditSentencesTest {
  private static final String ASSESSOR = "Gwenllïan Hughes (assessor.demo; ASSESSOR)";
  private static final String LEARNER = "Zoë Ó Briain (learner.halfway.demo; LEARNER)";
  private static final AuditSentences.Context CONTEXT =
      new AuditSentences.Context(
          Map.of("evd_1", "Quarterly margin bridge"),
          Map.of(
              "lrn_1", "Zoë Ó Briain",
              "asr_1", "Gwenllïan Hughes",
              "ctr_1", "Coleg Caerdydd",
              "abo_1", "Agored Cymru"),
          Map.of("l5", "Level 5 Diploma in E-commerce Sales Leadership"));

  private static String sentence(
      String actor, String action, String subject, String before, String after) {
    return AuditSentences.of(
        new AuditEntry(
            1,
            OffsetDateTime.now(),
            "acc_1",
            actor,
            action,
            subject,
            "lrn_1",
            before,
            after,
            "0",
            "1"),
        CONTEXT);
  }

  @Test
  void anUploadSaysWhoUploadedWhatWithHowManyFilesAgainstWhichCriteria() {
    assertThat(
            sentence(
                LEARNER,
                "evidence.uploaded",
                "evidence evd_1",
                null,
                "{\"title\":\"Quarterly margin bridge\",\"criteria\":[\"ATTECL03.P1\",\"ATTECL03.K2\"],"
                    + "\"files\":[{\"name\":\"a.pdf\"},{\"name\":\"b.pdf\"}]}"))
        .isEqualTo(
            "Zoë Ó Briain uploaded 'Quarterly margin bridge' (2 files) claiming ATTECL03.P1 and"
                + " ATTECL03.K2");
  }

  @Test
  void aWithdrawalSaysWhoWithdrewWhatAndWhyAndThatItStaysOnRecord() {
    assertThat(
            sentence(
                LEARNER,
                "evidence.withdrawn",
                "evidence evd_1",
                "{\"title\":\"Quarterly margin bridge\",\"withdrawn\":false}",
                "{\"title\":\"Quarterly margin bridge\",\"withdrawn\":true,"
                    + "\"reason\":\"Uploaded twice\"}"))
        .isEqualTo(
            "Zoë Ó Briain withdrew 'Quarterly margin bridge': Uploaded twice (it stays on record and"
                + " no longer counts)");
  }

  @Test
  void newFilesSayWhichVersionTheyAreAndWhichIsKept() {
    assertThat(
            sentence(
                LEARNER,
                "evidence.files-replaced",
                "evidence evd_1",
                "{\"version\":1,\"files\":[{\"name\":\"a.pdf\"}]}",
                "{\"version\":2,\"files\":[{\"name\":\"b.pdf\"}],\"reason\":\"Signed copy\"}"))
        .isEqualTo(
            "Zoë Ó Briain replaced the files of 'Quarterly margin bridge' with version 2 (1 file),"
                + " keeping version 1 (\"Signed copy\")");
  }

  @Test
  void aChangeOfAssessorNamesBothAssessorsAndWhy() {
    assertThat(
            sentence(
                "Admin (admin.demo; ADMIN)",
                "learner.reassigned",
                "learner lrn_1",
                "{\"assessorId\":null}",
                "{\"assessorId\":\"asr_1\",\"reason\":\"Caseloads rebalanced\"}"))
        .isEqualTo(
            "Admin moved Zoë Ó Briain from no assessor to Gwenllïan Hughes (\"Caseloads"
                + " rebalanced\")");
  }

  @Test
  void anAcceptanceNamesTheAssessorTheEvidenceTheProficiencyAndTheCriteria() {
    assertThat(
            sentence(
                ASSESSOR,
                "judgement.recorded",
                "evidence evd_1",
                null,
                "{\"verdict\":\"ACCEPTED\",\"proficiency\":\"Advanced\",\"criteria\":[\"ATTECL03.P1\"]}"))
        .isEqualTo(
            "Gwenllïan Hughes accepted 'Quarterly margin bridge' at Advanced for ATTECL03.P1");
    assertThat(
            sentence(
                ASSESSOR,
                "judgement.recorded",
                "evidence evd_1",
                "{\"verdict\":\"ACCEPTED\"}",
                "{\"verdict\":\"REFERRED\",\"criteria\":[\"ATTECL03.P1\"]}"))
        .isEqualTo(
            "Gwenllïan Hughes referred back 'Quarterly margin bridge' for ATTECL03.P1, replacing an"
                + " earlier judgement");
  }

  @Test
  void claimsSayWhatWasAddedOrWithdrawn() {
    assertThat(
            sentence(
                LEARNER,
                "evidence.claimed",
                "evidence evd_1",
                "{\"criteria\":[\"ATTECL03.P1\"]}",
                "{\"criteria\":[\"ATTECL03.P1\",\"ATTECL03.P2\"]}"))
        .isEqualTo("Zoë Ó Briain claimed 'Quarterly margin bridge' against ATTECL03.P2");
    assertThat(
            sentence(
                LEARNER,
                "evidence.unclaimed",
                "evidence evd_1",
                "{\"criteria\":[\"ATTECL03.P1\",\"ATTECL03.P2\"]}",
                "{\"criteria\":[\"ATTECL03.P1\"]}"))
        .isEqualTo(
            "Zoë Ó Briain withdrew the claim of 'Quarterly margin bridge' against ATTECL03.P2");
  }

  @Test
  void platformEvidenceSamplingAndRegistrationsReadAsSentences() {
    assertThat(
            sentence(
                "Platform (platform.demo; PLATFORM)",
                "evidence.received",
                "evidence evd_1",
                null,
                "{\"kind\":\"CONVERSATION\",\"title\":\"Chat\",\"criteria\":[\"ATTECL03.K1\"]}"))
        .isEqualTo(
            "The learning platform sent 'Quarterly margin bridge' (conversation) claiming ATTECL03.K1");
    assertThat(
            sentence(
                "Ffion Prys-Jones (iqa.demo; IQA)",
                "iqa.sampled",
                "evidence evd_1",
                "{}",
                "{\"outcome\":\"AGREED\",\"comment\":\"Sound\"}"))
        .isEqualTo(
            "Ffion Prys-Jones sampled the judgement of 'Quarterly margin bridge': agreed (\"Sound\")");
    assertThat(
            sentence(
                "system (demo data)",
                "registration.created",
                "registration reg_1",
                null,
                "{\"qualificationId\":\"l5\",\"assessorId\":\"asr_1\",\"startDate\":\"2025-09-01\"}"))
        .isEqualTo(
            "Demo data registered Zoë Ó Briain on Level 5 Diploma in E-commerce Sales Leadership,"
                + " assessed by Gwenllïan Hughes, from 2025-09-01");
  }

  @Test
  void peopleCentresAccountsAndExportsReadAsSentences() {
    String admin = "Demo Administrator (admin.demo; ADMIN)";
    assertThat(
            sentence(
                admin,
                "learner.created",
                "learner lrn_1",
                null,
                "{\"name\":\"Zoë Ó Briain\",\"centreId\":\"ctr_1\"}"))
        .isEqualTo("Demo Administrator enrolled Zoë Ó Briain at Coleg Caerdydd");
    assertThat(
            sentence(
                admin, "centre.approved", "centre ctr_1", null, "{\"awardingBodyId\":\"abo_1\"}"))
        .isEqualTo("Demo Administrator registered Coleg Caerdydd with Agored Cymru");
    assertThat(
            sentence(
                admin,
                "account.changed",
                "account acc_2",
                "{}",
                "{\"username\":\"ffion\",\"enabled\":false}"))
        .isEqualTo("Demo Administrator turned off the account ffion");
    assertThat(
            sentence(
                admin,
                "account.changed",
                "account acc_2",
                "{}",
                "{\"username\":\"ffion\",\"password\":\"changed by an admin\"}"))
        .isEqualTo("Demo Administrator set a new password for the account ffion");
    assertThat(
            sentence(
                "Agored Cymru (ab.demo; AWARDING_BODY)",
                "export.created",
                "centre ctr_1",
                null,
                "{\"qualificationId\":\"l5\",\"learners\":[\"a\",\"b\"]}"))
        .isEqualTo(
            "Agored Cymru exported 2 learners of Coleg Caerdydd on Level 5 Diploma in E-commerce"
                + " Sales Leadership");
  }

  @Test
  void anActionItDoesNotKnowStillReadsAsAPlainLine() {
    assertThat(sentence(ASSESSOR, "something.new", "thing x", null, "{}"))
        .isEqualTo("Gwenllïan Hughes: something.new thing x");
  }
}
