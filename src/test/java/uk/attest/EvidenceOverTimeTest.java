package uk.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.attest.ApiTestBase.created;
import static uk.attest.ApiTestBase.metadata;
import static uk.attest.ApiTestBase.ok;
import static uk.attest.ApiTestBase.problem;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.attest.Api.Part;

/**
 * Evidence over time, as the handbook puts it: a withdrawn item no longer counts but stays on
 * record; new files are a new version that awaits judgement, the earlier one kept; a learner moved
 * to another assessor leaves one caseload for the other, with the change kept.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "attest.demo-data.enabled=false",
      "attest.uploads.max-file-size=64KB",
      "attest.first-admin.username=" + ApiTestBase.ADMIN,
      "attest.first-admin.password=" + ApiTestBase.PASSWORD
    })
class EvidenceOverTimeTest {
  @LocalServerPort int port;

  Fixture fixture;
  Api assessor;
  Api learner;

  @BeforeEach
  void aLearnerWithTheirAssessor() {
    fixture = Fixture.at(port);
    assessor = fixture.assessorApi();
    learner = fixture.learnerApi();
  }

  /** A professional discussion for ATTECL02.K1 (a knowledge criterion: one item meets it). */
  private String discussion() {
    return created(
            assessor.upload(
                fixture.learner(),
                null,
                metadata(
                    "Discussion of market trends",
                    "PROFESSIONAL_DISCUSSION",
                    "2026-06-01",
                    "ATTECL02.K1"),
                Part.text("notes.txt", "The first notes.")))
        .get("id")
        .asString();
  }

  private void accept(String evidence) {
    created(
        assessor.post(
            "/api/evidence/" + evidence + "/judgements",
            "{\"verdict\": \"ACCEPTED\", \"proficiency\": \"Advanced\","
                + " \"authenticityConfirmed\": true}"));
  }

  private String outcome() {
    return fixture.nosCriterion("ATTECL02.K1").get("outcome").asString();
  }

  private String auditActions() {
    return ok(assessor.get("/api/learners/" + fixture.learner() + "/audit")).toString();
  }

  // ---- withdrawing -------------------------------------------------------------------------

  @Test
  void aWithdrawnItemNoLongerCountsButStaysOnRecord() {
    String evidence = discussion();
    accept(evidence);
    assertThat(outcome()).isEqualTo("MET");
    JsonNode withdrawn =
        ok(
            learner.post(
                "/api/evidence/" + evidence + "/withdraw",
                "{\"reason\": \"I uploaded the wrong discussion.\"}"));
    assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.get("withdrawal").get("reason").asString())
        .isEqualTo("I uploaded the wrong discussion.");
    assertThat(withdrawn.get("withdrawal").get("name").asString()).isEqualTo("Test learner");
    assertThat(withdrawn.get("withdrawal").get("at").isNull()).isFalse();
    // It no longer counts ...
    assertThat(outcome()).isEqualTo("NOT_STARTED");
    // ... and everything of it is still there: the item, its judgement and its file.
    JsonNode stored = ok(assessor.get("/api/evidence/" + evidence));
    assertThat(stored.get("judgementCount").asInt()).isEqualTo(1);
    assertThat(ok(assessor.get("/api/learners/" + fixture.learner() + "/evidence")).size())
        .isEqualTo(1);
    String file = stored.get("files").get(0).get("href").asString();
    assertThat(new String(assessor.bytes(file), StandardCharsets.UTF_8))
        .isEqualTo("The first notes.");
    assertThat(auditActions()).contains("evidence.withdrawn", "I uploaded the wrong discussion.");
  }

  @Test
  void aWithdrawnItemIsNotWithdrawnAgainNorJudged() {
    String evidence = discussion();
    ok(assessor.post("/api/evidence/" + evidence + "/withdraw", "{\"reason\": \"A duplicate.\"}"));
    problem(
        assessor.post("/api/evidence/" + evidence + "/withdraw", "{\"reason\": \"Again.\"}"), 409);
    problem(
        assessor.post(
            "/api/evidence/" + evidence + "/judgements",
            "{\"verdict\": \"ACCEPTED\", \"proficiency\": \"Advanced\","
                + " \"authenticityConfirmed\": true}"),
        409);
  }

  @Test
  void aWithdrawnItemKeepsTheClaimsItWasWithdrawnWith() {
    String evidence = discussion();
    ok(assessor.post("/api/evidence/" + evidence + "/withdraw", "{\"reason\": \"A duplicate.\"}"));

    JsonNode added =
        problem(
            assessor.post(
                "/api/evidence/" + evidence + "/claims", "{\"criteria\": [\"ATTECL02.K2\"]}"),
            409);
    assertThat(added.get("detail").asString()).contains("was withdrawn");
    problem(assessor.delete("/api/evidence/" + evidence + "/claims/ATTECL02.K1"), 409);
    assertThat(ok(assessor.get("/api/evidence/" + evidence)).get("criteria").toString())
        .isEqualTo("[\"ATTECL02.K1\"]");
  }

  @Test
  void aWithdrawalSaysWhy() {
    String evidence = discussion();
    JsonNode p =
        problem(
            assessor.post("/api/evidence/" + evidence + "/withdraw", "{\"reason\": \" \"}"), 400);
    assertThat(p.get("errors").findValuesAsString("field")).containsExactly("reason");
    assertThat(ok(assessor.get("/api/evidence/" + evidence)).get("withdrawal").isNull()).isTrue();
  }

  @Test
  void anIqaSeesTheItemButDoesNotWithdrawIt() {
    String evidence = discussion();
    Api iqa = fixture.signedIn("IQA", "centreId", fixture.centre());
    problem(iqa.post("/api/evidence/" + evidence + "/withdraw", "{\"reason\": \"No.\"}"), 403);
  }

  // ---- replacing files -----------------------------------------------------------------------

  @Test
  void newFilesAreANewVersionThatAwaitsJudgementAndTheEarlierVersionIsKept() {
    String evidence = discussion();
    accept(evidence);
    assertThat(outcome()).isEqualTo("MET");
    JsonNode replaced =
        created(
            learner.multipart(
                "/api/evidence/" + evidence + "/versions",
                null,
                "{\"reason\": \"The signed notes.\"}",
                Part.text("signed.txt", "The signed notes.")));
    assertThat(replaced.get("filesVersion").asInt()).isEqualTo(2);
    assertThat(replaced.get("files").findValuesAsString("name")).containsExactly("signed.txt");
    JsonNode first = replaced.get("versions").get(0);
    assertThat(first.get("version").asInt()).isEqualTo(1);
    assertThat(first.get("supersededBy").asInt()).isEqualTo(2);
    assertThat(
            new String(
                assessor.bytes(first.get("files").get(0).get("href").asString()),
                StandardCharsets.UTF_8))
        .isEqualTo("The first notes.");
    assertThat(replaced.get("versions").get(1).get("reason").asString())
        .isEqualTo("The signed notes.");
    // The acceptance was of the first files: it does not carry over to the new ones.
    assertThat(replaced.get("judgedOnEarlierFiles").asBoolean()).isTrue();
    assertThat(replaced.get("status").asString()).isEqualTo("AWAITING_ASSESSOR");
    assertThat(outcome()).isEqualTo("NOT_MET");
    accept(evidence);
    assertThat(outcome()).isEqualTo("MET");
    JsonNode judgements = ok(assessor.get("/api/evidence/" + evidence + "/judgements"));
    assertThat(judgements.findValues("filesVersion").stream().map(JsonNode::asInt))
        .containsExactly(1, 2);
    assertThat(auditActions()).contains("evidence.files-replaced", "The signed notes.");
  }

  @Test
  void newFilesAreCheckedLikeAnUploadAndARefusalStoresNothing() {
    String evidence = discussion();
    JsonNode p =
        problem(
            assessor.multipart(
                "/api/evidence/" + evidence + "/versions",
                null,
                "{\"reason\": \"A picture.\"}",
                new Part("files", "photo.png", "image/png", "not a png".getBytes())),
            415);
    assertThat(p.get("errors").get(0).get("field").asString()).startsWith("files[0]");
    problem(
        assessor.multipart(
            "/api/evidence/" + evidence + "/versions",
            null,
            "{\"reason\": \"Too big.\"}",
            Part.text("big.txt", "x".repeat(70 * 1024))),
        413);
    problem(
        assessor.multipart(
            "/api/evidence/" + evidence + "/versions", null, "{\"reason\": \"No files.\"}"),
        400);
    JsonNode stored = ok(assessor.get("/api/evidence/" + evidence));
    assertThat(stored.get("versions").size()).isEqualTo(1);
    assertThat(stored.get("filesVersion").asInt()).isEqualTo(1);
  }

  // ---- reassigning -------------------------------------------------------------------------

  @Test
  void anAdminMovesALearnerToAnotherAssessorAndTheChangeIsKept() {
    String evidence = discussion();
    String other = fixture.newAssessor("Owain Glyn");
    Api otherApi = fixture.signedIn("ASSESSOR", "assessorId", other);
    problem(otherApi.get("/api/evidence/" + evidence), 404);
    JsonNode change =
        created(
            fixture
                .admin()
                .post(
                    "/api/learners/" + fixture.learner() + "/assessor",
                    "{\"assessorId\": \"" + other + "\", \"reason\": \"Caseloads rebalanced.\"}"));
    assertThat(change.get("fromAssessorId").asString()).isEqualTo(fixture.assessor());
    assertThat(change.get("toAssessorId").asString()).isEqualTo(other);
    // The learner leaves one caseload for the other.
    ok(otherApi.get("/api/evidence/" + evidence));
    problem(assessor.get("/api/evidence/" + evidence), 404);
    JsonNode history =
        ok(fixture.admin().get("/api/learners/" + fixture.learner() + "/assessor-changes"));
    assertThat(history.size()).isEqualTo(1);
    assertThat(history.get(0).get("reason").asString()).isEqualTo("Caseloads rebalanced.");
    assertThat(history.get(0).get("name").asString()).isNotBlank();
    assertThat(ok(otherApi.get("/api/learners/" + fixture.learner() + "/audit")).toString())
        .contains("learner.reassigned");
  }

  @Test
  void aLearnerMovesOnlyToAnotherAssessorOfTheirCentreAndSaysWhy() {
    String elsewhere =
        created(fixture.admin().post("/api/centres", "{\"name\": \"Elsewhere\"}"))
            .get("id")
            .asString();
    String outsider =
        created(
                fixture
                    .admin()
                    .post(
                        "/api/assessors",
                        "{\"centreId\": \""
                            + elsewhere
                            + "\", \"name\": \"O\", \"qualified\": true}"))
            .get("id")
            .asString();
    String path = "/api/learners/" + fixture.learner() + "/assessor";
    JsonNode p =
        problem(
            fixture
                .admin()
                .post(path, "{\"assessorId\": \"" + outsider + "\", \"reason\": \"Moved.\"}"),
            400);
    assertThat(p.get("errors").get(0).get("message").asString()).contains("another centre");
    p =
        problem(
            fixture
                .admin()
                .post(path, "{\"assessorId\": \"" + fixture.assessor() + "\", \"reason\": \"x\"}"),
            400);
    assertThat(p.get("errors").get(0).get("message").asString()).contains("already");
    p =
        problem(
            fixture.admin().post(path, "{\"assessorId\": \"" + fixture.newAssessor("B") + "\"}"),
            400);
    assertThat(p.get("errors").findValuesAsString("field")).containsExactly("reason");
    assertThat(ok(fixture.admin().get("/api/learners/" + fixture.learner() + "/assessor-changes")))
        .isEmpty();
  }
}
