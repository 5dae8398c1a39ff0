package uk.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.attest.ApiTestBase.created;
import static uk.attest.ApiTestBase.metadata;
import static uk.attest.ApiTestBase.ok;
import static uk.attest.ApiTestBase.problem;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.attest.Api.Part;
import uk.attest.Api.Response;

/**
 * An acceptance that would not count is caught before it is stored: the API refuses it with each
 * criterion and reason (authenticity, currency, method, level) unless the assessor confirms it.
 * Each reason has its near miss, an acceptance that counts and is stored without a word.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "attest.demo-data.enabled=false",
      "attest.uploads.max-file-size=64KB",
      "attest.first-admin.username=" + ApiTestBase.ADMIN,
      "attest.first-admin.password=" + ApiTestBase.PASSWORD
    })
class AcceptancesThatWouldNotCountTest {
  @LocalServerPort int port;

  Fixture fixture;
  Api assessor;

  @BeforeEach
  void aLearnerAtLevelFiveWithTheirAssessor() {
    fixture = Fixture.at(port);
    assessor = fixture.assessorApi();
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/London"));
  }

  private String product(String method, LocalDate on) {
    return created(
            assessor.upload(
                fixture.learner(),
                null,
                metadata("Market review", method, on.toString(), "ATTECL02.P1"),
                Part.text("review.txt", "What the learner found.")))
        .get("id")
        .asString();
  }

  private Response accept(String evidence, String proficiency, boolean authenticity) {
    return assessor.post(
        "/api/evidence/" + evidence + "/judgements",
        "{\"verdict\": \"ACCEPTED\", \"proficiency\": \""
            + proficiency
            + "\", \"authenticityConfirmed\": "
            + authenticity
            + "}");
  }

  /** The refusal's single reason, checked for its criterion, field, rule and aspect. */
  private void refusedFor(Response r, String evidence, String field, String rule, String aspect) {
    JsonNode p = problem(r, 422);
    assertThat(p.get("title").asString()).isEqualTo("Would not count");
    assertThat(p.get("detail").asString()).contains("ATTECL02.P1", "confirmWillNotCount");
    assertThat(p.get("errors").findValuesAsString("field")).containsExactly(field);
    assertThat(p.get("errors").get(0).get("message").asString())
        .startsWith("ATTECL02.P1: ")
        .endsWith("(" + rule + ")");
    JsonNode reason = p.get("willNotCount").get(0);
    assertThat(reason.get("criterion").asString()).isEqualTo("ATTECL02.P1");
    assertThat(reason.get("aspect").asString()).isEqualTo(aspect);
    assertThat(reason.get("rule").asString()).isEqualTo(rule);
    // Nothing of the refused acceptance is stored.
    assertThat(ok(assessor.get("/api/evidence/" + evidence + "/judgements")).size()).isZero();
  }

  @Test
  void anAcceptanceWithoutAnAuthenticityCheckIsRefusedWithItsReason() {
    String evidence = product("PRODUCT", today().minusMonths(1));
    refusedFor(
        accept(evidence, "Advanced", false),
        evidence,
        "authenticityConfirmed",
        "AUT-05",
        "authenticity");
  }

  @Test
  void theSameAcceptanceWithTheAuthenticityCheckedIsStored() {
    String evidence = product("PRODUCT", today().minusMonths(1));
    created(accept(evidence, "Advanced", true));
  }

  @Test
  void evidenceOlderThanTheCurrencyWindowIsNamedAsNotCurrent() {
    String evidence = product("PRODUCT", today().minusMonths(36).minusDays(2));
    refusedFor(accept(evidence, "Advanced", true), evidence, "activityDate", "CUR-02", "currency");
  }

  @Test
  void evidenceJustInsideTheCurrencyWindowIsAccepted() {
    String evidence = product("PRODUCT", today().minusMonths(35));
    created(accept(evidence, "Advanced", true));
  }

  @Test
  void aMethodTheCriterionDoesNotAllowIsNamed() {
    // Simulation counts only where a standard's criterion allows it; ATTECL02.P1 does not.
    String evidence = product("SIMULATION", today().minusMonths(1));
    refusedFor(accept(evidence, "Advanced", true), evidence, "method", "VAL-01", "method");
  }

  @Test
  void anAllowedMethodIsAccepted() {
    String evidence = product("DIRECT_OBSERVATION", today().minusMonths(1));
    created(accept(evidence, "Advanced", true));
  }

  @Test
  void aProficiencyBelowTheRequiredLevelIsNamed() {
    // A level 5 standard requires Advanced.
    String evidence = product("PRODUCT", today().minusMonths(1));
    refusedFor(accept(evidence, "Intermediate", true), evidence, "proficiency", "VAL-02", "level");
  }

  @Test
  void theRequiredProficiencyIsAccepted() {
    String evidence = product("PRODUCT", today().minusMonths(1));
    created(accept(evidence, "Expert", true));
  }

  @Test
  void anAssessorWhoConfirmsStoresTheAcceptanceAndItStillDoesNotCount() {
    String evidence = product("PRODUCT", today().minusMonths(1));
    JsonNode stored =
        created(
            assessor.post(
                "/api/evidence/" + evidence + "/judgements",
                "{\"verdict\": \"ACCEPTED\", \"proficiency\": \"Intermediate\","
                    + " \"authenticityConfirmed\": false, \"confirmWillNotCount\": true}"));
    assertThat(stored.get("verdict").asString()).isEqualTo("ACCEPTED");
    JsonNode criterion = fixture.nosCriterion("ATTECL02.P1");
    assertThat(criterion.get("outcome").asString()).isEqualTo("NOT_MET");
    assertThat(criterion.get("reasons").findValuesAsString("rule")).contains("AUT-05", "VAL-02");
  }

  @Test
  void aReferralIsNeverHeldUp() {
    String evidence = product("SIMULATION", today().minusYears(5));
    created(
        assessor.post(
            "/api/evidence/" + evidence + "/judgements",
            "{\"verdict\": \"REFERRED\", \"feedback\": \"Bring something recent.\"}"));
  }
}
