package uk.attest.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.attest.assessment.EvidenceBundle;
import uk.attest.assessment.Verdict;
import uk.attest.catalogue.Method;
import uk.attest.catalogue.Policy;
import uk.attest.catalogue.Proficiency;
import uk.attest.learners.People.Learner;
import uk.attest.learners.People.Registration;

/**
 * A learner's records as they stood on a date, in plain Java: what had happened by then, judged as
 * it was then, with days counted in London.
 */
class LearnerSnapshotTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-01-05T09:00:00Z");
  static final Learner SIAN = new Learner("lrn_sian", "ctr_a", "Siân Llŷr", "0000000042", CREATED);
  static final Registration REGISTRATION =
      new Registration(
          "reg_1",
          "lrn_sian",
          "attest-l5-diploma-ecommerce-sales-leadership",
          "head-of-e-commerce-sales",
          LocalDate.of(2025, 9, 1),
          new BigDecimal("6"),
          "asr_ceri",
          CREATED);
  private static final Policy POLICY =
      new Policy(
          36,
          Map.of(),
          Map.of(),
          Map.of(),
          Map.of(),
          List.of(new Proficiency("Intermediate", 2), new Proficiency("Advanced", 3)),
          Map.of(5, "Advanced"),
          5.0,
          null);

  static Evidence evidence(String id, LocalDate activity) {
    return new Evidence(
        id,
        "lrn_sian",
        "Item " + id,
        null,
        Method.PRODUCT,
        activity,
        true,
        null,
        Source.UPLOAD,
        null,
        null,
        null,
        "fp-" + id,
        CREATED,
        "acc_1");
  }

  private static Judgement judgement(
      String id, String evidenceId, Verdict verdict, String at, String supersedes) {
    return new Judgement(
        id,
        evidenceId,
        verdict,
        verdict == Verdict.ACCEPTED ? "Advanced" : null,
        verdict == Verdict.REFERRED ? "Add the margin bridge" : null,
        "asr_ceri",
        true,
        true,
        OffsetDateTime.parse(at),
        supersedes,
        List.of("ATTECL03.P1"));
  }

  private static Sample sample(String id, String at) {
    return new Sample(
        id,
        "evd_1",
        "jdg_2",
        "acc_iqa",
        "Ffion Prys-Jones",
        SampleOutcome.AGREED,
        null,
        OffsetDateTime.parse(at));
  }

  private static final LearnerSnapshot.Stored STORED =
      new LearnerSnapshot.Stored(
          List.of(
              evidence("evd_1", LocalDate.of(2026, 3, 2)),
              evidence("evd_2", LocalDate.of(2026, 6, 1)),
              evidence("evd_3", LocalDate.of(2026, 9, 15))),
          Map.of(
              "evd_1", List.of("ATTECL03.P1"),
              "evd_2", List.of("ATTECL03.P1", "ATTECL03.K2"),
              "evd_3", List.of("ATTECL03.P2")),
          Map.of(
              "evd_1",
              List.of(
                  judgement("jdg_1", "evd_1", Verdict.REFERRED, "2026-03-10T10:00:00Z", null),
                  judgement("jdg_2", "evd_1", Verdict.ACCEPTED, "2026-07-01T10:00:00Z", "jdg_1")),
              // Decided at 23:30 UTC on 30 June: already 1 July in London (BST).
              "evd_2",
              List.of(judgement("jdg_3", "evd_2", Verdict.ACCEPTED, "2026-06-30T23:30:00Z", null))),
          Map.of(
              "evd_1",
              List.of(
                  new EvidenceFile(
                      "fil_1", "evd_1", 0, "bridge.pdf", "application/pdf", 10, "ab"))),
          List.of(
              sample("smp_1", "2026-07-02T09:00:00Z"), sample("smp_2", "2026-10-01T09:00:00Z")));

  private static LearnerSnapshot on(LocalDate date) {
    return LearnerSnapshot.asOf(SIAN, REGISTRATION, date, LONDON, STORED);
  }

  /** The same records, with evd_1 withdrawn on 1 August and evd_2's files replaced then. */
  private static LearnerSnapshot.Stored overTime() {
    return new LearnerSnapshot.Stored(
        STORED.evidence(),
        STORED.claims(),
        STORED.judgements(),
        STORED.files(),
        STORED.samples(),
        Map.of(
            "evd_1",
            new Withdrawal(
                "evd_1",
                "acc_1",
                "Siân Llŷr",
                OffsetDateTime.parse("2026-08-01T10:00:00Z"),
                "Uploaded twice")),
        Map.of("evd_2", List.of(OffsetDateTime.parse("2026-08-01T10:00:00Z"))));
  }

  @Test
  void aWithdrawnItemIsShownButNoLongerAssessedFromTheDayItWasWithdrawn() {
    LearnerSnapshot before =
        LearnerSnapshot.asOf(SIAN, REGISTRATION, LocalDate.of(2026, 7, 31), LONDON, overTime());
    LearnerSnapshot after =
        LearnerSnapshot.asOf(SIAN, REGISTRATION, LocalDate.of(2026, 8, 1), LONDON, overTime());
    assertThat(before.items().get(0).withdrawn()).isFalse();
    assertThat(after.items().get(0).withdrawn()).isTrue();
    assertThat(after.items().get(0).withdrawal().reason()).isEqualTo("Uploaded twice");
    assertThat(before.bundle(POLICY, LONDON).evidence())
        .extracting(EvidenceBundle.EvidenceItem::id)
        .contains("evd_1");
    assertThat(after.bundle(POLICY, LONDON).evidence())
        .extracting(EvidenceBundle.EvidenceItem::id)
        .containsExactly("evd_2");
  }

  @Test
  void aJudgementOfEarlierFilesDecidesNothingOnceTheFilesAreReplaced() {
    assertThat(
            LearnerSnapshot.asOf(SIAN, REGISTRATION, LocalDate.of(2026, 7, 31), LONDON, overTime())
                .items()
                .get(1)
                .judgement()
                .id())
        .isEqualTo("jdg_3");
    assertThat(
            LearnerSnapshot.asOf(SIAN, REGISTRATION, LocalDate.of(2026, 8, 1), LONDON, overTime())
                .items()
                .get(1)
                .judgement())
        .isNull();
  }

  @Test
  void evidenceOfAnActivityAfterTheDateIsLeftOut() {
    assertThat(on(LocalDate.of(2026, 7, 31)).items())
        .extracting(i -> i.evidence().id())
        .containsExactly("evd_1", "evd_2");
    assertThat(on(LocalDate.of(2026, 12, 1)).items())
        .extracting(i -> i.evidence().id())
        .containsExactly("evd_1", "evd_2", "evd_3");
  }

  @Test
  void theJudgementInForceOnTheDateIsTheOneUsedNotALaterOne() {
    LearnerSnapshot.Item before = on(LocalDate.of(2026, 6, 1)).items().get(0);
    assertThat(before.judgement().id()).isEqualTo("jdg_1");
    assertThat(before.judgement().verdict()).isEqualTo(Verdict.REFERRED);

    LearnerSnapshot.Item after = on(LocalDate.of(2026, 7, 1)).items().get(0);
    assertThat(after.judgement().id()).isEqualTo("jdg_2");
  }

  @Test
  void anItemJudgedOnlyAfterTheDateStillAwaitsAnAssessorThen() {
    LearnerSnapshot.Item item = on(LocalDate.of(2026, 3, 5)).items().get(0);
    assertThat(item.judgement()).isNull();
  }

  @Test
  void aJudgementIsDatedByItsDayInLondonNotInUtc() {
    assertThat(on(LocalDate.of(2026, 6, 30)).items().get(1).judgement()).isNull();
    assertThat(on(LocalDate.of(2026, 7, 1)).items().get(1).judgement().id()).isEqualTo("jdg_3");
  }

  @Test
  void anItemKeepsItsClaimsAndFiles() {
    LearnerSnapshot.Item item = on(LocalDate.of(2026, 12, 1)).items().get(0);
    assertThat(item.criteria()).containsExactly("ATTECL03.P1");
    assertThat(item.files()).extracting(EvidenceFile::fileName).containsExactly("bridge.pdf");
    assertThat(on(LocalDate.of(2026, 12, 1)).items().get(2).files()).isEmpty();
  }

  @Test
  void samplesMadeAfterTheDateHadNotBeenMade() {
    assertThat(on(LocalDate.of(2026, 7, 1)).samples()).isEmpty();
    assertThat(on(LocalDate.of(2026, 7, 2)).samples())
        .extracting(Sample::id)
        .containsExactly("smp_1");
    assertThat(on(LocalDate.of(2026, 12, 1)).samples())
        .extracting(Sample::id)
        .containsExactly("smp_1", "smp_2");
  }

  @Test
  void theBundleTheEngineAssessesCarriesEachDecisionAsItStood() {
    EvidenceBundle bundle = on(LocalDate.of(2026, 7, 1)).bundle(POLICY, LONDON);

    assertThat(bundle.learner().id()).isEqualTo("lrn_sian");
    assertThat(bundle.learner().uln().value()).isEqualTo("0000000042");
    assertThat(bundle.learner().qualificationId()).isEqualTo(REGISTRATION.qualificationId());
    assertThat(bundle.learner().weeklyLearningHours()).isEqualTo(6.0);
    assertThat(bundle.evidence())
        .extracting(EvidenceBundle.EvidenceItem::id)
        .containsExactly("evd_1", "evd_2");
    EvidenceBundle.Decision first = bundle.evidence().get(0).decision();
    assertThat(first.verdict()).isEqualTo(Verdict.ACCEPTED);
    assertThat(first.proficiency()).isEqualTo(new Proficiency("Advanced", 3));
    assertThat(first.decidedOn()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(first.covers("ATTECL03.P1")).isTrue();
    assertThat(first.covers("ATTECL03.K2")).isFalse();
    assertThat(bundle.evidence().get(1).decision().decidedOn()).isEqualTo(LocalDate.of(2026, 7, 1));
  }

  @Test
  void aSnapshotBeforeAnyJudgementGivesABundleWhereEverythingAwaitsAnAssessor() {
    EvidenceBundle bundle = on(LocalDate.of(2026, 3, 2)).bundle(POLICY, LONDON);
    assertThat(bundle.evidence()).hasSize(1);
    assertThat(bundle.evidence().get(0).decision()).isNull();
  }
}
