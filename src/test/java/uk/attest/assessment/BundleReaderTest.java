package uk.attest.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.attest.Shipped;

/** A bundle that cannot be assessed is refused with every problem, named by item and field. */
class BundleReaderTest {
  private static final String LEARNER =
      "{\"id\": \"LRN-9\", \"name\": \"Llŷr Ŵyn\", \"uln\": \"0000000042\", \"qualification\": \"attest-l5-diploma-ecommerce-sales-leadership\","
          + " \"currentRole\": \"head-of-e-commerce-sales\", \"startDate\": \"2025-09-01\"}";
  private static final String ITEM =
      "{\"id\": \"EV-1\", \"title\": \"Trading review\", \"method\": \"DIRECT_OBSERVATION\", \"activityDate\": \"2026-05-01\","
          + " \"criteria\": [\"ATTECL02.P1\"], \"learnerDeclaration\": true, \"witness\": null,"
          + " \"decision\": {\"outcome\": \"ACCEPTED\", \"proficiency\": \"Advanced\", \"assessorId\": \"ASR-1\", \"assessorQualified\": true}}";

  private static EvidenceBundle read(String json) {
    return BundleReader.read(json, Shipped.CATALOGUE, Shipped.ASSESSED_ON);
  }

  private static String bundle(String learner, String... items) {
    return "{\"learner\": " + learner + ", \"evidence\": [" + String.join(",", items) + "]}";
  }

  @Test
  void aWellFormedBundleIsRead() {
    EvidenceBundle b = read(bundle(LEARNER, ITEM));
    assertThat(b.learner().name()).isEqualTo("Llŷr Ŵyn");
    assertThat(b.learner().weeklyLearningHours()).isNull();
    assertThat(b.evidence())
        .singleElement()
        .satisfies(e -> assertThat(e.decision().proficiency().value()).isEqualTo(3));
  }

  @Test
  void textThatIsNotJsonSaysWhere() {
    assertThatThrownBy(() -> read("{\"learner\": "))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("not JSON")
        .hasMessageContaining("line 1");
  }

  @Test
  void aMissingFieldIsNamedWithItsItem() {
    assertThatThrownBy(
            () -> read(bundle(LEARNER, ITEM.replace("\"title\": \"Trading review\", ", ""))))
        .hasMessageContaining("evidence[0] (EV-1).title: missing");
  }

  @Test
  void anUnknownCriterionIsNamedWithItsItem() {
    assertThatThrownBy(() -> read(bundle(LEARNER, ITEM.replace("ATTECL02.P1", "ATTECL02.P99"))))
        .hasMessageContaining("evidence[0] (EV-1).criteria: unknown criterion 'ATTECL02.P99'");
  }

  @Test
  void anInvalidUlnIsRefused() {
    assertThatThrownBy(() -> read(bundle(LEARNER.replace("0000000042", "0000000043"), ITEM)))
        .hasMessageContaining("learner.uln: check digit does not match");
  }

  @Test
  void anActivityAfterTheAssessmentDateIsRefused() {
    assertThatThrownBy(() -> read(bundle(LEARNER, ITEM.replace("2026-05-01", "2026-12-01"))))
        .hasMessageContaining(
            "evidence[0] (EV-1).activityDate: 2026-12-01 is after the assessment date 2026-11-20");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    String second =
        ITEM.replace("EV-1", "EV-2")
            .replace("DIRECT_OBSERVATION", "TELEPATHY")
            .replace("Advanced", "Wizard");
    var thrown =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            BundleException.class,
            () ->
                read(
                    bundle(
                        LEARNER.replace("head-of-e-commerce-sales", "astronaut"),
                        ITEM,
                        second,
                        ITEM)));
    assertThat(thrown.problems())
        .containsExactlyInAnyOrder(
            "learner.currentRole: unknown role 'astronaut'",
            "evidence[1] (EV-2).method: unknown method 'TELEPATHY'; methods are DIRECT_OBSERVATION, PROFESSIONAL_DISCUSSION, "
                + "WITNESS_TESTIMONY, EXPERT_WITNESS, PRODUCT, QUESTIONING, REFLECTIVE_ACCOUNT, RPL, SIMULATION",
            "evidence[1] (EV-2).decision.proficiency: unknown proficiency 'Wizard' (the scale has Basic, Intermediate, Advanced, Expert, Strategic, Architect)",
            "evidence[2] (EV-1).id: duplicate evidence id");
  }

  @Test
  void anAcceptedDecisionMustRecordTheProficiencyShown() {
    assertThatThrownBy(
            () -> read(bundle(LEARNER, ITEM.replace("\"proficiency\": \"Advanced\", ", ""))))
        .hasMessageContaining(
            "evidence[0] (EV-1).decision.proficiency: an accepted decision must record the proficiency shown");
  }

  @Test
  void aMisspeltFieldIsNotSilentlyIgnored() {
    assertThatThrownBy(
            () ->
                read(
                    bundle(
                        LEARNER.replace(
                            "\"startDate\"",
                            "\"startDate\": \"2025-09-01\", \"weeklyLearningHour\""),
                        ITEM)))
        .hasMessageContaining("learner.weeklyLearningHour: unknown field");
  }

  @Test
  void authenticityConfirmedMustBeTrueOrFalse() {
    assertThatThrownBy(
            () ->
                read(
                    bundle(
                        LEARNER,
                        ITEM.replace(
                            "\"assessorQualified\": true",
                            "\"assessorQualified\": true, \"authenticityConfirmed\": \"yes\""))))
        .hasMessageContaining(
            "evidence[0] (EV-1).decision.authenticityConfirmed: must be true or false");
  }

  @Test
  void aUlnGivenAsANumberIsAskedForAsText() {
    assertThatThrownBy(() -> read(bundle(LEARNER.replace("\"0000000042\"", "42"), ITEM)))
        .hasMessageContaining("learner.uln: must be the 10 digits as a JSON string");
  }

  @Test
  void theNotJsonMessageLeavesOutParserInternals() {
    assertThatThrownBy(() -> read("{\"learner\": {"))
        .hasMessageNotContaining("start marker")
        .hasMessageNotContaining("REDACTED");
  }
}
