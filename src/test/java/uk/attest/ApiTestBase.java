package uk.attest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import uk.attest.Api.Part;
import uk.attest.Api.Response;

/**
 * Every endpoint of the API over real HTTP, its happy path and each of its errors. Run against H2
 * and against PostgreSQL by the subclasses.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "attest.demo-data.enabled=false",
      "attest.uploads.max-file-size=64KB",
      "attest.first-admin.username=" + ApiTestBase.ADMIN,
      "attest.first-admin.password=" + ApiTestBase.PASSWORD
    })
public abstract class ApiTestBase {
  static final String L5 = "attest-l5-diploma-ecommerce-sales-leadership";
  static final String HEAD = "head-of-e-commerce-sales";

  /** The first admin, created at start-up on the fresh database of each context. */
  static final String ADMIN = "admin.test";

  /** Every test account's password (accounts need at least 12 characters). */
  static final String PASSWORD = "correct horse battery staple";

  private static final Random RANDOM = new Random();

  /**
   * Bearer headers of the admin and the platform account, per application context: a context (and
   * its database) may be reused by several test classes, and its first admin exists only once.
   */
  private static final Map<ApplicationContext, String> ADMIN_TOKENS = new ConcurrentHashMap<>();

  private static final Map<ApplicationContext, String> PLATFORM_TOKENS = new ConcurrentHashMap<>();

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  /** Not signed in. */
  Api anonymous;

  /** The admin: manages centres, people, registrations and accounts, and reads no evidence. */
  Api admin;

  /** The assessor assigned to the learner: uploads, claims, judges and reads their records. */
  Api api;

  String centre;
  String assessor;
  String learner;

  @BeforeEach
  void aCentreWithAQualifiedAssessorAndARegisteredLearner() {
    anonymous = new Api(port);
    admin =
        anonymous.as(ADMIN_TOKENS.computeIfAbsent(context, c -> anonymous.token(ADMIN, PASSWORD)));
    centre =
        created(admin.post("/api/centres", "{\"name\": \"Coleg Caerdydd\"}")).get("id").asString();
    assessor =
        created(
                admin.post(
                    "/api/assessors",
                    "{\"centreId\": \""
                        + centre
                        + "\", \"name\": \"Gwenllïan Hughes\", \"qualified\": true}"))
            .get("id")
            .asString();
    learner = newLearner("Siân Llŷr");
    created(
        admin.post(
            "/api/learners/" + learner + "/registrations",
            "{\"qualificationId\": \""
                + L5
                + "\", \"currentRole\": \""
                + HEAD
                + "\", \"startDate\": \"2025-09-01\", \"weeklyLearningHours\": 6, \"assessorId\": \""
                + assessor
                + "\"}"));
    api = signedIn("Gwenllïan Hughes", "ASSESSOR", "assessorId", assessor);
  }

  /**
   * A client signed in (by bearer token) as a new account the admin creates with one role, linked
   * to the record the role acts for (linkField null: none, as for PLATFORM).
   */
  Api signedIn(String displayName, String role, String linkField, String linkId) {
    String username = role.toLowerCase(Locale.ROOT) + "." + UUID.randomUUID();
    created(
        admin.post(
            "/api/accounts",
            "{\"username\": \""
                + username
                + "\", \"displayName\": \""
                + displayName
                + "\", \"password\": \""
                + PASSWORD
                + "\", \"roles\": [\""
                + role
                + "\"]"
                + (linkField == null ? "" : ", \"" + linkField + "\": \"" + linkId + "\"")
                + "}"));
    return anonymous.as(anonymous.token(username, PASSWORD));
  }

  /** The learning platform's account, which sends evidence and reads nothing. */
  Api platform() {
    return anonymous.as(
        PLATFORM_TOKENS.computeIfAbsent(
            context, c -> signedIn("Learning platform", "PLATFORM", null, null).authorization()));
  }

  /** An IQA of the test's centre: sees all of its learners' records. */
  Api iqa() {
    return signedIn("Ceri IQA", "IQA", "centreId", centre);
  }

  String newLearner(String name) {
    return created(
            admin.post(
                "/api/learners",
                "{\"centreId\": \""
                    + centre
                    + "\", \"name\": \""
                    + name
                    + "\", \"uln\": \""
                    + uln()
                    + "\"}"))
        .get("id")
        .asString();
  }

  /** A random valid ULN: nine digits and the check digit that makes them valid. */
  public static String uln() {
    while (true) {
      StringBuilder digits = new StringBuilder();
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        int d = RANDOM.nextInt(10);
        digits.append(d);
        sum += d * (10 - i);
      }
      int r = sum % 11;
      if (r > 1) {
        return digits.append(10 - r).toString();
      }
    }
  }

  static JsonNode created(Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  static JsonNode ok(Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  /** The problem detail of an error response, checked for its status. */
  static JsonNode problem(Response r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    return r.json();
  }

  static String metadata(String title, String method, String date, String... criteria) {
    return "{\"title\": \""
        + title
        + "\", \"method\": \""
        + method
        + "\", \"activityDate\": \""
        + date
        + "\", \"criteria\": ["
        + String.join(", ", java.util.Arrays.stream(criteria).map(c -> "\"" + c + "\"").toList())
        + "], \"learnerDeclaration\": true}";
  }

  JsonNode upload(String key, String metadata) {
    return created(
        api.upload(learner, key, metadata, Part.text("notes.txt", "What the learner did.")));
  }

  int evidenceCount() {
    return ok(api.get("/api/learners/" + learner + "/evidence")).size();
  }

  int historySize() {
    return ok(api.get("/api/learners/" + learner + "/assessments")).size();
  }

  JsonNode nosCriterion(String id) {
    for (JsonNode s : ok(api.get("/api/learners/" + learner + "/assessment")).get("standards")) {
      for (JsonNode c : s.get("criteria")) {
        if (c.get("id").asString().equals(id)) {
          return c;
        }
      }
    }
    throw new AssertionError("no criterion " + id + " in the assessment");
  }

  JsonNode accept(String evidenceId) {
    return created(
        api.post(
            "/api/evidence/" + evidenceId + "/judgements",
            "{\"verdict\": \"ACCEPTED\", \"proficiency\": \"Advanced\", \"assessorId\": \""
                + assessor
                + "\", \"authenticityConfirmed\": true}"));
  }

  // ---- catalogue --------------------------------------------------------------------------

  @Test
  void theCatalogueIsBrowsableAndSearchable() {
    assertThat(ok(api.get("/api/catalogue")).get("standards").asInt()).isEqualTo(14);
    assertThat(ok(api.get("/api/standards")).size()).isEqualTo(14);
    assertThat(ok(api.get("/api/standards/ATTECL02")).get("level").asInt()).isEqualTo(5);
    assertThat(ok(api.get("/api/qualifications")).size()).isEqualTo(2);
    assertThat(ok(api.get("/api/qualifications/" + L5)).get("number").asString())
        .isEqualTo("699/9001/5");
    assertThat(ok(api.get("/api/roles")).size()).isEqualTo(2);
    assertThat(ok(api.get("/api/roles/" + HEAD)).get("level").asInt()).isEqualTo(5);
    JsonNode found = ok(api.get("/api/criteria?q=contribution%20margin"));
    assertThat(found.size()).isPositive();
    assertThat(found.get(0).get("text").asString().toLowerCase()).contains("contribution margin");
  }

  @Test
  void unknownCatalogueEntriesAre404AndAShortSearchIs400() {
    assertThat(problem(api.get("/api/standards/NOPE"), 404).get("detail").asString())
        .isEqualTo("no standard 'NOPE'");
    problem(api.get("/api/qualifications/nope"), 404);
    problem(api.get("/api/roles/nope"), 404);
    assertThat(
            problem(api.get("/api/criteria?q=a"), 400).get("errors").get(0).get("field").asString())
        .isEqualTo("q");
  }

  @Test
  void theOpenApiDescriptionListsTheEndpoints() {
    JsonNode docs = ok(api.get("/v3/api-docs"));
    assertThat(docs.get("paths").has("/api/learners/{id}/evidence")).isTrue();
    assertThat(docs.get("paths").has("/api/platform/evidence")).isTrue();
  }

  // ---- people -----------------------------------------------------------------------------

  @Test
  void centresAssessorsAndLearnersAreCreatedAndRead() {
    // The admin who created them, and the assessor who works with them, both read them.
    for (Api reader : List.of(admin, api)) {
      assertThat(ok(reader.get("/api/centres/" + centre)).get("name").asString())
          .isEqualTo("Coleg Caerdydd");
      assertThat(ok(reader.get("/api/centres")).size()).isPositive();
      assertThat(ok(reader.get("/api/assessors/" + assessor)).get("qualified").asBoolean())
          .isTrue();
      assertThat(ok(reader.get("/api/learners/" + learner)).get("name").asString())
          .isEqualTo("Siân Llŷr");
      assertThat(ok(reader.get("/api/centres/" + centre + "/learners")).size()).isEqualTo(1);
      assertThat(
              ok(reader.get("/api/learners/" + learner + "/registrations"))
                  .get(0)
                  .get("qualificationId")
                  .asString())
          .isEqualTo(L5);
    }
  }

  @Test
  void creatingPeopleWithMissingOrWrongFieldsNamesEachField() {
    JsonNode p = problem(admin.post("/api/centres", "{}"), 400);
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("name");
    p =
        problem(
            admin.post("/api/assessors", "{\"centreId\": \"" + centre + "\", \"name\": \"A\"}"),
            400);
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("qualified");
    p =
        problem(
            admin.post(
                "/api/assessors",
                "{\"centreId\": \"ctr_nope\", \"name\": \"A\", \"qualified\": true}"),
            400);
    assertThat(p.get("errors").get(0).get("message").asString())
        .isEqualTo("unknown centre 'ctr_nope'");
    p =
        problem(
            admin.post(
                "/api/learners",
                "{\"centreId\": \"" + centre + "\", \"name\": \"Zoë\", \"uln\": \"0000000043\"}"),
            400);
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("uln");
    assertThat(p.get("errors").get(0).get("message").asString()).contains("check digit");
    problem(admin.post("/api/centres", "{\"name\": "), 400);
  }

  @Test
  void aUlnCanBelongToOnlyOneLearner() {
    String uln = ok(api.get("/api/learners/" + learner)).get("uln").asString();
    problem(
        admin.post(
            "/api/learners",
            "{\"centreId\": \"" + centre + "\", \"name\": \"Twin\", \"uln\": \"" + uln + "\"}"),
        409);
  }

  @Test
  void registrationsCheckTheQualificationRoleHoursAndAssessor() {
    String other = newLearner("Zoë Ó Briain");
    JsonNode p =
        problem(
            admin.post(
                "/api/learners/" + other + "/registrations",
                "{\"qualificationId\": \"nope\", \"currentRole\": \"astronaut\", \"startDate\": \"2025-09-01\", \"weeklyLearningHours\": 0, \"assessorId\": \"asr_nope\"}"),
            400);
    assertThat(p.get("errors").findValuesAsString("field"))
        .containsExactly("qualificationId", "currentRole", "weeklyLearningHours", "assessorId");
    problem(
        admin.post(
            "/api/learners/" + learner + "/registrations",
            "{\"qualificationId\": \""
                + L5
                + "\", \"currentRole\": \""
                + HEAD
                + "\", \"startDate\": \"2025-09-01\"}"),
        409);
    problem(admin.post("/api/learners/lrn_nope/registrations", "{}"), 404);
  }

  @Test
  void unknownPeopleAre404() {
    for (Api reader : List.of(admin, api)) {
      problem(reader.get("/api/centres/ctr_nope"), 404);
      problem(reader.get("/api/centres/ctr_nope/learners"), 404);
      problem(reader.get("/api/assessors/asr_nope"), 404);
      problem(reader.get("/api/learners/lrn_nope"), 404);
      problem(reader.get("/api/learners/lrn_nope/registrations"), 404);
    }
  }

  // ---- evidence upload --------------------------------------------------------------------

  @Test
  void anUploadStoresTheItemItsFilesAndClaimsAndRecomputesTheAssessment() {
    int before = historySize();
    byte[] pdf =
        "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    Response r =
        api.upload(
            learner,
            "key-1",
            metadata("Trading plan", "PRODUCT", "2026-06-01", "ATTECL02.P1", "ATTECL02.P2"),
            Part.file("plan.pdf", "application/pdf", pdf),
            Part.text("notes.txt", "Notes"));
    JsonNode e = created(r);
    assertThat(r.header("Location")).isEqualTo("/api/evidence/" + e.get("id").asString());
    assertThat(e.get("status").asString()).isEqualTo("AWAITING_ASSESSOR");
    assertThat(e.get("criteria").findValuesAsString("")).isEmpty();
    assertThat(e.get("criteria").toString()).contains("ATTECL02.P1", "ATTECL02.P2");
    JsonNode file = e.get("files").get(0);
    assertThat(file.get("mediaType").asString()).isEqualTo("application/pdf");
    assertThat(file.get("size").asLong()).isEqualTo(pdf.length);
    assertThat(file.get("sha256").asString()).isEqualTo(uk.attest.shared.Sha256.hex(pdf));
    assertThat(api.bytes(file.get("href").asString())).isEqualTo(pdf);
    assertThat(historySize()).isEqualTo(before + 1);
    assertThat(nosCriterion("ATTECL02.P1").get("outcome").asString()).isEqualTo("NOT_MET");
    assertThat(ok(api.get("/api/evidence/" + e.get("id").asString())).get("title").asString())
        .isEqualTo("Trading plan");
  }

  @Test
  void aRetriedUploadWithTheSameKeyIsStoredOnce() {
    String meta =
        metadata("Observed trading meeting", "DIRECT_OBSERVATION", "2026-06-01", "ATTECL02.P1");
    JsonNode first =
        created(api.upload(learner, "retry-1", meta, Part.text("obs.txt", "Observation")));
    Response again = api.upload(learner, "retry-1", meta, Part.text("obs.txt", "Observation"));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.json().get("id").asString()).isEqualTo(first.get("id").asString());
    assertThat(evidenceCount()).isEqualTo(1);
  }

  @Test
  void reusingAKeyForADifferentUploadIsAConflictAndStoresNothing() {
    created(
        api.upload(
            learner,
            "k",
            metadata("One", "PRODUCT", "2026-06-01", "ATTECL02.P1"),
            Part.text("a.txt", "A")));
    problem(
        api.upload(
            learner,
            "k",
            metadata("Two", "PRODUCT", "2026-06-01", "ATTECL02.P1"),
            Part.text("a.txt", "A")),
        409);
    assertThat(evidenceCount()).isEqualTo(1);
  }

  @Test
  void unknownCriteriaAre422ListingThemAllAndNothingIsStored() {
    int before = historySize();
    JsonNode p =
        problem(
            api.upload(
                learner,
                null,
                metadata("X", "PRODUCT", "2026-06-01", "ATTECL02.P1", "ATTECL02.P99", "NOPE.K1"),
                Part.text("a.txt", "A")),
            422);
    assertThat(p.get("unknownCriteria").toString()).isEqualTo("[\"ATTECL02.P99\",\"NOPE.K1\"]");
    assertThat(evidenceCount()).isZero();
    assertThat(historySize()).isEqualTo(before);
  }

  @Test
  void aFileOverTheLimitIs413AndNothingIsStored() {
    byte[] big = new byte[65 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    Response r =
        api.upload(
            learner,
            null,
            metadata("Big", "PRODUCT", "2026-06-01", "ATTECL02.P1"),
            Part.file("big.txt", "text/plain", big));
    JsonNode p = problem(r, 413);
    assertThat(p.get("detail").asString()).contains("64KB");
    assertThat(p.get("errors").get(0).get("field").asString()).startsWith("files");
    assertThat(evidenceCount()).isZero();
  }

  @Test
  void aFileWhoseContentIsNotItsDeclaredTypeIsRefused() {
    JsonNode p =
        problem(
            api.upload(
                learner,
                null,
                metadata("Fake", "PRODUCT", "2026-06-01", "ATTECL02.P1"),
                Part.file(
                    "photo.png",
                    "image/png",
                    "this is text, not a picture".getBytes(StandardCharsets.UTF_8))),
            415);
    assertThat(p.get("detail").asString())
        .contains("declared as image/png but its content is text/plain");
    assertThat(evidenceCount()).isZero();
  }

  @Test
  void aFileOfATypeThatIsNotEvidenceIsRefused() {
    byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    JsonNode p =
        problem(
            api.upload(
                learner,
                null,
                metadata("Binary", "PRODUCT", "2026-06-01", "ATTECL02.P1"),
                Part.file("tool", "application/octet-stream", elf)),
            415);
    assertThat(p.get("detail").asString()).contains("not an accepted evidence type");
  }

  @Test
  void aFileNameIsALabelNeverAPath() {
    JsonNode e =
        created(
            api.upload(
                learner,
                null,
                metadata("Sneaky", "PRODUCT", "2026-06-01", "ATTECL02.P1"),
                Part.text("../../etc/passwd", "root:x:0:0")));
    assertThat(e.get("files").get(0).get("name").asString()).isEqualTo("passwd");
  }

  @Test
  void anUploadWithBadMetadataNamesEachField() {
    JsonNode p =
        problem(
            api.upload(
                learner,
                null,
                "{\"method\": \"TELEPATHY\", \"activityDate\": \"2099-01-01\", \"criteria\": []}",
                Part.text("a.txt", "A")),
            400);
    assertThat(p.get("errors").findValuesAsString("field"))
        .contains("title", "method", "activityDate", "learnerDeclaration");
    p =
        problem(
            api.upload(
                learner,
                null,
                "{\"title\": \"T\", \"activityDate\": \"yesterday\"}",
                Part.text("a.txt", "A")),
            400);
    assertThat(p.get("errors")).as(p.toString()).isNotNull();
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("metadata.activityDate");
    p = problem(api.upload(learner, null, null, Part.text("a.txt", "A")), 400);
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("metadata");
    problem(
        api.upload("lrn_nope", null, metadata("X", "PRODUCT", "2026-06-01", "ATTECL02.P1")), 404);
    assertThat(evidenceCount()).isZero();
  }

  // ---- claims -----------------------------------------------------------------------------

  @Test
  void claimingAndUnclaimingCriteriaRecomputesTheAssessment() {
    String id =
        upload(null, metadata("Plan", "PRODUCT", "2026-06-01", "ATTECL02.P1")).get("id").asString();
    int before = historySize();
    JsonNode e =
        ok(api.post("/api/evidence/" + id + "/claims", "{\"criteria\": [\"ATTECL02.P3\"]}"));
    assertThat(e.get("criteria").toString()).contains("ATTECL02.P3");
    assertThat(nosCriterion("ATTECL02.P3").get("evidence").toString()).contains(id);
    e = ok(api.delete("/api/evidence/" + id + "/claims/ATTECL02.P3"));
    assertThat(e.get("criteria").toString()).doesNotContain("ATTECL02.P3");
    assertThat(nosCriterion("ATTECL02.P3").get("outcome").asString()).isEqualTo("NOT_STARTED");
    assertThat(historySize()).isEqualTo(before + 2);
  }

  @Test
  void claimErrorsNameWhatWasWrong() {
    String id =
        upload(null, metadata("Plan", "PRODUCT", "2026-06-01", "ATTECL02.P1")).get("id").asString();
    assertThat(
            problem(
                    api.post(
                        "/api/evidence/" + id + "/claims", "{\"criteria\": [\"ATTECL02.P77\"]}"),
                    422)
                .get("unknownCriteria")
                .toString())
        .contains("ATTECL02.P77");
    problem(api.post("/api/evidence/" + id + "/claims", "{}"), 400);
    problem(api.delete("/api/evidence/" + id + "/claims/ATTECL02.K1"), 404);
    problem(api.post("/api/evidence/evd_nope/claims", "{\"criteria\": [\"ATTECL02.P1\"]}"), 404);
  }

  // ---- judgements -------------------------------------------------------------------------

  @Test
  void acceptingEvidenceChangesTheMatrix() {
    String a =
        upload(
                null,
                metadata(
                    "Professional discussion",
                    "PROFESSIONAL_DISCUSSION",
                    "2026-06-01",
                    "ATTECL02.K1"))
            .get("id")
            .asString();
    assertThat(nosCriterion("ATTECL02.K1").get("outcome").asString()).isEqualTo("NOT_MET");
    accept(a);
    assertThat(nosCriterion("ATTECL02.K1").get("outcome").asString()).isEqualTo("MET");
    assertThat(ok(api.get("/api/evidence/" + a)).get("status").asString()).isEqualTo("ACCEPTED");
  }

  @Test
  void aNewJudgementSupersedesTheOldAndBothAreKept() {
    String a =
        upload(
                null,
                metadata(
                    "Professional discussion",
                    "PROFESSIONAL_DISCUSSION",
                    "2026-06-01",
                    "ATTECL02.K1"))
            .get("id")
            .asString();
    JsonNode referred =
        created(
            api.post(
                "/api/evidence/" + a + "/judgements",
                "{\"verdict\": \"REFERRED\", \"feedback\": \"Add the figures.\", \"assessorId\": \""
                    + assessor
                    + "\"}"));
    JsonNode accepted = accept(a);
    assertThat(accepted.get("supersedes").asString()).isEqualTo(referred.get("id").asString());
    JsonNode all = ok(api.get("/api/evidence/" + a + "/judgements"));
    assertThat(all.findValuesAsString("verdict")).containsExactly("REFERRED", "ACCEPTED");
    assertThat(nosCriterion("ATTECL02.K1").get("outcome").asString()).isEqualTo("MET");
  }

  @Test
  void judgementErrorsNameEachField() {
    String a =
        upload(
                null,
                metadata("Observed meeting", "DIRECT_OBSERVATION", "2026-06-01", "ATTECL02.K1"))
            .get("id")
            .asString();
    JsonNode p =
        problem(
            api.post(
                "/api/evidence/" + a + "/judgements",
                "{\"verdict\": \"ACCEPTED\", \"assessorId\": \"asr_nope\"}"),
            400);
    assertThat(p.get("errors").findValuesAsString("field"))
        .containsExactly("proficiency", "assessorId");
    p =
        problem(
            api.post(
                "/api/evidence/" + a + "/judgements",
                "{\"verdict\": \"REFERRED\", \"assessorId\": \"" + assessor + "\"}"),
            400);
    assertThat(p.get("errors").findValuesAsString("field")).containsExactly("feedback");
    p =
        problem(
            api.post(
                "/api/evidence/" + a + "/judgements",
                "{\"verdict\": \"MAYBE\", \"proficiency\": \"Wizard\", \"assessorId\": \""
                    + assessor
                    + "\"}"),
            400);
    assertThat(p.get("errors").findValuesAsString("field")).contains("verdict", "proficiency");
    String otherCentre =
        created(admin.post("/api/centres", "{\"name\": \"Elsewhere\"}")).get("id").asString();
    String outsider =
        created(
                admin.post(
                    "/api/assessors",
                    "{\"centreId\": \""
                        + otherCentre
                        + "\", \"name\": \"O\", \"qualified\": true}"))
            .get("id")
            .asString();
    // An assessor judges as themselves: naming an assessor from another centre is refused ...
    p =
        problem(
            api.post(
                "/api/evidence/" + a + "/judgements",
                "{\"verdict\": \"ACCEPTED\", \"proficiency\": \"Expert\", \"assessorId\": \""
                    + outsider
                    + "\"}"),
            400);
    assertThat(p.get("errors").findValuesAsString("field")).containsExactly("assessorId");
    assertThat(p.get("errors").get(0).get("message").asString())
        .contains("you judge as yourself (" + assessor + ")", outsider);
    // ... and that assessor, signed in, cannot see this learner's evidence at all.
    Api other = signedIn("O", "ASSESSOR", "assessorId", outsider);
    problem(
        other.post(
            "/api/evidence/" + a + "/judgements",
            "{\"verdict\": \"ACCEPTED\", \"proficiency\": \"Expert\"}"),
        404);
    problem(api.post("/api/evidence/evd_nope/judgements", "{}"), 404);
    assertThat(ok(api.get("/api/evidence/" + a + "/judgements")).size()).isZero();
  }

  // ---- assessment -------------------------------------------------------------------------

  @Test
  void theCurrentAssessmentIsTheCliJsonAndTheHistoryKeepsEveryRecomputation() {
    upload(null, metadata("Plan", "PRODUCT", "2026-06-01", "ATTECL02.P1"));
    JsonNode a = ok(api.get("/api/learners/" + learner + "/assessment?date=2026-11-20"));
    assertThat(a.get("assessedOn").asString()).isEqualTo("2026-11-20");
    assertThat(a.get("qualification").get("readiness").get("status").asString())
        .isEqualTo("NOT_READY");
    assertThat(a.get("rulesetVersion").asString()).startsWith("sha256:");
    JsonNode history = ok(api.get("/api/learners/" + learner + "/assessments"));
    assertThat(history.get(0).get("cause").asString()).contains("uploaded");
    JsonNode recorded =
        ok(
            api.get(
                "/api/learners/"
                    + learner
                    + "/assessments/"
                    + history.get(0).get("id").asString()));
    assertThat(recorded.get("catalogueVersion").asString())
        .isEqualTo(history.get(0).get("catalogueVersion").asString());
  }

  @Test
  void assessmentErrors() {
    problem(api.get("/api/learners/lrn_nope/assessment"), 404);
    // A learner with no registration has no assessment, even for their centre's IQA, who sees
    // them (the assessor, who is not assigned to them, does not).
    String unregistered = newLearner("Unregistered");
    assertThat(
            problem(iqa().get("/api/learners/" + unregistered + "/assessment"), 404)
                .get("detail")
                .asString())
        .startsWith("no registration started by");
    problem(api.get("/api/learners/" + unregistered + "/assessment"), 404);
    problem(api.get("/api/learners/" + learner + "/assessment?date=tomorrow"), 400);
    problem(api.get("/api/learners/" + learner + "/assessments/asm_nope"), 404);
    problem(api.get("/api/learners/lrn_nope/assessments"), 404);
  }

  // ---- suggested criteria -----------------------------------------------------------------

  /** A learner's account of reviewing fraud rules: it shows ATTECL11.P7 (fraud prevention). */
  static final String FRAUD_REVIEW =
      "Last quarter I reviewed our fraud screening rules with the payments team. Chargebacks had"
          + " doubled while genuine customers were being turned away, so I loosened two rules that"
          + " caused false declines and added strong customer authentication for high-value"
          + " baskets. Fraud losses fell and fewer good orders were declined.";

  /** Evidence of nothing in any standard. */
  static final String CAKE =
      "I baked a chocolate cake for my daughter's birthday and iced it with buttercream.";

  /** An item uploaded with no criteria, its file the fraud review, and its suggestions. */
  String uploadedFraudReview() {
    return created(
            api.upload(
                learner,
                null,
                metadata("Payments review", "PRODUCT", "2026-06-01"),
                Part.text("fraud-review.txt", FRAUD_REVIEW)))
        .get("id")
        .asString();
  }

  static JsonNode suggestion(JsonNode suggestions, String criterion) {
    for (JsonNode s : suggestions.get("suggestions")) {
      if (s.get("criterion").asString().equals(criterion)) {
        return s;
      }
    }
    throw new AssertionError("no suggestion " + criterion + " in " + suggestions);
  }

  List<String> auditActions() {
    return ok(api.get("/api/learners/" + learner + "/audit")).findValuesAsString("action");
  }

  @Test
  void anUploadedFileIsReadAndTheCriterionItShowsIsSuggestedWithItsReasons() {
    String id = uploadedFraudReview();
    JsonNode s = ok(api.get("/api/evidence/" + id + "/suggestions"));
    assertThat(s.get("read").asBoolean()).isTrue();
    assertThat(s.get("files").get(0).get("characters").asInt()).isEqualTo(FRAUD_REVIEW.length());
    assertThat(s.get("standards").toString()).contains("ATTECL11").doesNotContain("ATTECL12");
    JsonNode best = s.get("suggestions").get(0);
    assertThat(best.get("criterion").asString()).isEqualTo("ATTECL11.P7");
    assertThat(best.get("standard").asString()).isEqualTo("ATTECL11");
    assertThat(best.get("criterionText").asString()).contains("fraud prevention controls");
    assertThat(best.get("score").asDouble()).isBetween(0.5, 1.0);
    assertThat(best.get("sentence").asString()).startsWith("Chargebacks had doubled");
    assertThat(best.get("why").asString()).contains(best.get("sentence").asString());
    assertThat(best.get("sharedWords").toString()).contains("chargebacks", "declines");
    assertThat(best.get("status").asString()).isEqualTo("OPEN");
    assertThat(best.get("decidedAt").isNull()).isTrue();
    // Read once: asking again gives the same suggestions.
    assertThat(ok(api.get("/api/evidence/" + id + "/suggestions")).get("suggestions"))
        .isEqualTo(s.get("suggestions"));
  }

  @Test
  void confirmingASuggestionClaimsTheItemAndRejectingOneIsRecordedAndBothAreAudited() {
    String id = uploadedFraudReview();
    JsonNode s = ok(api.get("/api/evidence/" + id + "/suggestions"));
    String other = s.get("suggestions").get(1).get("criterion").asString();
    assertThat(ok(api.get("/api/evidence/" + id)).get("criteria").toString())
        .doesNotContain("ATTECL11.P7");

    JsonNode confirmed =
        ok(api.post("/api/evidence/" + id + "/suggestions/ATTECL11.P7/confirm", "{}"));
    assertThat(suggestion(confirmed, "ATTECL11.P7").get("status").asString())
        .isEqualTo("CONFIRMED");
    assertThat(suggestion(confirmed, "ATTECL11.P7").get("decidedAt").isNull()).isFalse();
    assertThat(ok(api.get("/api/evidence/" + id)).get("criteria").toString())
        .contains("ATTECL11.P7");
    assertThat(nosCriterion("ATTECL11.P7").get("outcome").asString()).isEqualTo("NOT_MET");

    JsonNode rejected =
        ok(api.post("/api/evidence/" + id + "/suggestions/" + other + "/reject", "{}"));
    assertThat(suggestion(rejected, other).get("status").asString()).isEqualTo("REJECTED");
    assertThat(ok(api.get("/api/evidence/" + id)).get("criteria").toString()).doesNotContain(other);
    assertThat(auditActions()).contains("suggestion.confirmed", "suggestion.rejected");
  }

  @Test
  void newFilesAreReadAgainAndWhatWasDecidedOnTheEarlierSuggestionsStands() {
    String id = uploadedFraudReview();
    JsonNode before = ok(api.get("/api/evidence/" + id + "/suggestions"));
    assertThat(before.get("suggestions").get(0).get("criterion").asString())
        .isEqualTo("ATTECL11.P7");
    String rejected = before.get("suggestions").get(1).get("criterion").asString();
    ok(api.post("/api/evidence/" + id + "/suggestions/" + rejected + "/reject", "{}"));

    created(
        api.multipart(
            "/api/evidence/" + id + "/versions",
            null,
            "{\"reason\": \"The wrong file was uploaded.\"}",
            Part.text("cake.txt", CAKE)));

    JsonNode after = ok(api.get("/api/evidence/" + id + "/suggestions"));
    assertThat(after.get("files")).hasSize(1);
    assertThat(after.get("files").get(0).get("characters").asInt()).isEqualTo(CAKE.length());
    List<String> open = new ArrayList<>();
    after
        .get("suggestions")
        .forEach(
            s -> {
              if (s.get("status").asString().equals("OPEN")) {
                open.add(s.get("criterion").asString());
              }
            });
    assertThat(open)
        .as("nothing read from the replaced file is still open")
        .doesNotContain("ATTECL11.P7");
    assertThat(suggestion(after, rejected).get("status").asString()).isEqualTo("REJECTED");
  }

  @Test
  void onlyTheLearnerAndTheirAssessorDecideOnSuggestionsAndAnUnknownOneIs404() {
    String id = uploadedFraudReview();
    ok(api.get("/api/evidence/" + id + "/suggestions"));
    String elsewhere =
        created(admin.post("/api/centres", "{\"name\": \"Coleg Gwent\"}")).get("id").asString();
    String stranger =
        created(
                admin.post(
                    "/api/learners",
                    "{\"centreId\": \""
                        + elsewhere
                        + "\", \"name\": \"Dafydd\", \"uln\": \""
                        + uln()
                        + "\"}"))
            .get("id")
            .asString();
    Api otherLearner = signedIn("Dafydd", "LEARNER", "learnerId", stranger);
    // A learner of another centre does not see the item at all ...
    problem(otherLearner.get("/api/evidence/" + id + "/suggestions"), 404);
    problem(
        otherLearner.post("/api/evidence/" + id + "/suggestions/ATTECL11.P7/confirm", "{}"), 404);
    // ... and the centre's IQA sees it but neither claims nor rejects.
    Api iqa = iqa();
    assertThat(ok(iqa.get("/api/evidence/" + id + "/suggestions")).get("read").asBoolean())
        .isTrue();
    problem(iqa.post("/api/evidence/" + id + "/suggestions/ATTECL11.P7/confirm", "{}"), 403);
    problem(iqa.post("/api/evidence/" + id + "/suggestions/ATTECL11.P7/reject", "{}"), 403);
    assertThat(
            suggestion(ok(api.get("/api/evidence/" + id + "/suggestions")), "ATTECL11.P7")
                .get("status")
                .asString())
        .isEqualTo("OPEN");
    assertThat(auditActions()).doesNotContain("suggestion.confirmed", "suggestion.rejected");

    assertThat(
            problem(api.post("/api/evidence/" + id + "/suggestions/ATTECL02.P9/confirm", "{}"), 404)
                .get("detail")
                .asString())
        .contains("ATTECL02.P9");
    problem(api.post("/api/evidence/" + id + "/suggestions/ATTECL02.P9/reject", "{}"), 404);
    problem(api.get("/api/evidence/evd_nope/suggestions"), 404);
  }

  @Test
  void aPostedTextGetsTheCriteriaItShowsAndATextAboutNothingGetsNone() {
    JsonNode found =
        ok(
            api.post(
                "/api/suggestions",
                "{\"text\": \"I negotiated with our biggest marketplace partner over their"
                    + " commission on our home range, and agreed a lower fee for two years in"
                    + " return for a wider range on their site.\"}"));
    assertThat(found.get(0).get("criterion").asString()).isEqualTo("ATTECL12.P2");
    assertThat(found.get(0).get("score").asDouble()).isBetween(0.5, 1.0);
    assertThat(found.get(0).get("why").asString()).isNotBlank();
    assertThat(found.get(0).get("sentence").asString()).contains("commission");
    assertThat(found.size()).isBetween(1, 5);

    JsonNode one =
        ok(
            api.post(
                "/api/suggestions",
                "{\"text\": \"" + FRAUD_REVIEW + "\", \"standards\": [\"ATTECL11\"], \"top\": 1}"));
    assertThat(one.findValuesAsString("criterion")).containsExactly("ATTECL11.P7");

    assertThat(ok(api.post("/api/suggestions", "{\"text\": \"" + CAKE + "\"}")).size()).isZero();
  }

  @Test
  void suggestionErrorsNameTheField() {
    JsonNode p =
        problem(
            api.post(
                "/api/suggestions",
                "{\"text\": \"" + FRAUD_REVIEW + "\", \"standards\": [\"NOPE\"]}"),
            400);
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("standards");
    assertThat(p.get("errors").get(0).get("message").asString()).contains("NOPE");
    p = problem(api.post("/api/suggestions", "{\"standards\": [\"ATTECL11\"]}"), 400);
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("text");
    p = problem(api.post("/api/suggestions", "{\"text\": \"x\", \"top\": 0}"), 400);
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("top");
  }

  @Test
  void aPlatformItemSentWithoutCriteriaIsStoredUnclaimedAndGetsSuggestions() {
    String item =
        "{\"externalId\": \"unmapped-1\", \"learnerId\": \""
            + learner
            + "\", \"kind\": \"WORKPLACE_EXAMPLE\", \"title\": \"Fraud rules\","
            + " \"transcript\": \"Learner: "
            + FRAUD_REVIEW
            + "\", \"occurredOn\": \"2026-10-01\", \"learnerDeclaration\": true}";
    JsonNode r = ok(platform().post("/api/platform/evidence", "[" + item + "]"));
    assertThat(r.get("stored").size()).isEqualTo(1);
    String id = ok(api.get("/api/learners/" + learner + "/evidence")).get(0).get("id").asString();
    assertThat(ok(api.get("/api/evidence/" + id)).get("criteria").size()).isZero();
    JsonNode s = ok(api.get("/api/evidence/" + id + "/suggestions"));
    assertThat(s.get("read").asBoolean()).isTrue();
    assertThat(s.get("files").size()).isZero();
    assertThat(s.get("suggestions").get(0).get("criterion").asString()).isEqualTo("ATTECL11.P7");
  }

  // ---- platform ---------------------------------------------------------------------------

  String platformItem(String externalId, String kind, String criterion) {
    return "{\"externalId\": \""
        + externalId
        + "\", \"learnerId\": \""
        + learner
        + "\", \"kind\": \""
        + kind
        + "\", \"title\": \"Coaching conversation\","
        + " \"transcript\": \"Learner: I would start with the contribution margin...\", \"occurredOn\": \"2026-10-01\","
        + " \"criteria\": [\""
        + criterion
        + "\"], \"learnerDeclaration\": true}";
  }

  @Test
  void thePlatformPushesABatchAsJsonThatArrivesMappedAndAwaitingAnAssessor() {
    JsonNode r =
        ok(
            platform()
                .post(
                    "/api/platform/evidence",
                    "["
                        + platformItem("c-1", "CONVERSATION", "ATTECL02.K1")
                        + ", "
                        + platformItem("s-1", "PRACTICE_SCENARIO", "ATTECL02.K2")
                        + "]"));
    assertThat(r.get("stored").size()).isEqualTo(2);
    JsonNode items = ok(api.get("/api/learners/" + learner + "/evidence"));
    assertThat(items.findValuesAsString("source")).containsOnly("PLATFORM");
    assertThat(items.findValuesAsString("status")).containsOnly("AWAITING_ASSESSOR");
    assertThat(items.findValuesAsString("method"))
        .containsExactlyInAnyOrder("QUESTIONING", "SIMULATION");
    // The list leaves transcripts out; each item has its own.
    assertThat(items.get(0).get("transcript").isNull()).isTrue();
    assertThat(
            ok(api.get("/api/evidence/" + items.get(0).get("id").asString()))
                .get("transcript")
                .asString())
        .startsWith("Learner:");
  }

  String statement(String id, String learnerName, String type, String criterion) {
    return "{\"id\": \""
        + id
        + "\", \"actor\": {\"objectType\": \"Agent\", \"account\": {\"homePage\":"
        + " \"https://platform.example\", \"name\": \""
        + learnerName
        + "\"}}, \"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/completed\"},"
        + " \"object\": {\"objectType\": \"Activity\", \"id\":"
        + " \"https://platform.example/activities/pricing-review\", \"definition\": {\"name\":"
        + " {\"en-GB\": \"Pricing review with a coach\"}, \"type\": \""
        + type
        + "\"}}, \"result\": {\"response\": \"Coach: Where would you start? Me: With the"
        + " contribution margin of each range.\"}, \"timestamp\": \"2026-10-01T10:15:00Z\""
        + (criterion == null
            ? ""
            : ", \"context\": {\"extensions\": {\"https://attest.uk/xapi/extensions/criteria\":"
                + " [\""
                + criterion
                + "\"], \"https://attest.uk/xapi/extensions/learner-declaration\": true}}")
        + "}";
  }

  Api.Response xapi(String body) {
    return platform()
        .postWithHeaders("/api/xapi/statements", body, "X-Experience-API-Version", "1.0.3");
  }

  @Test
  void xapiStatementsFromThePlatformBecomeEvidenceExactlyOnce() {
    String batch =
        "["
            + statement(
                "0f8e5a52-7c1b-4f7e-9f0e-2b7d9c1e4a01",
                learner,
                "http://adlnet.gov/expapi/activities/simulation",
                "ATTECL02.K1")
            + ", "
            + statement(
                "0f8e5a52-7c1b-4f7e-9f0e-2b7d9c1e4a02",
                learner,
                "http://id.tincanapi.com/activitytype/discussion",
                null)
            + "]";
    Api.Response first = xapi(batch);
    assertThat(ok(first).findValuesAsString("id")).isEmpty();
    assertThat(ok(first).toString()).contains("0f8e5a52-7c1b-4f7e-9f0e-2b7d9c1e4a01");
    assertThat(first.header("X-Experience-API-Version")).isEqualTo("1.0.3");
    ok(xapi(batch));
    JsonNode items = ok(api.get("/api/learners/" + learner + "/evidence"));
    assertThat(items.size()).isEqualTo(2);
    assertThat(items.findValuesAsString("method"))
        .containsExactlyInAnyOrder("SIMULATION", "QUESTIONING");
    assertThat(items.findValuesAsString("title")).containsOnly("Pricing review with a coach");
    assertThat(items.toString()).contains("ATTECL02.K1");
  }

  @Test
  void anXapiStatementNamingNoKnownLearnerIsRefusedNamingTheActor() {
    JsonNode p =
        problem(
            xapi(
                statement(
                    "0f8e5a52-7c1b-4f7e-9f0e-2b7d9c1e4a03",
                    "lrn_nobody",
                    "http://adlnet.gov/expapi/activities/simulation",
                    "ATTECL02.K1")),
            400);
    assertThat(p.get("errors").get(0).get("field").asString())
        .isEqualTo("statement.actor.account.name");
    assertThat(p.get("errors").get(0).get("message").asString()).contains("lrn_nobody");
    p =
        problem(
            platform()
                .postWithHeaders(
                    "/api/xapi/statements",
                    statement("0f8e5a52-7c1b-4f7e-9f0e-2b7d9c1e4a04", learner, "x", null)),
            400);
    assertThat(p.get("errors").get(0).get("field").asString())
        .isEqualTo("X-Experience-API-Version");
    p = problem(xapi("[" + statement("not-a-uuid", learner, "x", null) + "]"), 400);
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("statements[0].id");
    assertThat(evidenceCount()).isZero();
  }

  @Test
  void thePlatformMayPushNdjsonAndAResentItemIsStoredOnce() {
    String body =
        platformItem("w-1", "WORKPLACE_EXAMPLE", "ATTECL02.K1")
            + "\n"
            + platformItem("w-2", "CONVERSATION", "ATTECL02.K3")
            + "\n";
    assertThat(
            ok(platform().post("/api/platform/evidence", "application/x-ndjson", body))
                .get("stored")
                .size())
        .isEqualTo(2);
    JsonNode again = ok(platform().post("/api/platform/evidence", "application/x-ndjson", body));
    assertThat(again.get("stored").size()).isZero();
    assertThat(again.get("alreadyStored").size()).isEqualTo(2);
    assertThat(evidenceCount()).isEqualTo(2);
  }

  @Test
  void aBatchWithOneBadItemIsRefusedWholeNamingTheItemAndField() {
    String body =
        "["
            + platformItem("ok-1", "CONVERSATION", "ATTECL02.K1")
            + ", "
            + platformItem("bad-1", "PODCAST", "ATTECL02.K1")
            + "]";
    JsonNode p = problem(platform().post("/api/platform/evidence", body), 400);
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("items[1].kind");
    p =
        problem(
            platform()
                .post(
                    "/api/platform/evidence",
                    "[" + platformItem("ok-2", "CONVERSATION", "ATTECL99.K1") + "]"),
            422);
    assertThat(p.get("unknownCriteria").toString()).contains("ATTECL99.K1");
    p =
        problem(
            platform()
                .post(
                    "/api/platform/evidence",
                    "application/x-ndjson",
                    platformItem("ok-3", "CONVERSATION", "ATTECL02.K1") + "\n{not json\n"),
            400);
    assertThat(p.get("errors").get(0).get("field").asString()).startsWith("line 2");
    problem(platform().post("/api/platform/evidence", "{\"not\": \"an array\"}"), 400);
    problem(platform().post("/api/platform/evidence", "[]"), 400);
    assertThat(evidenceCount()).isZero();
  }

  // ---- concurrency ------------------------------------------------------------------------

  @Test
  void manyParallelUploadsForOneLearnerLoseNothingAndTheFinalAssessmentCountsThemAll()
      throws Exception {
    int uploads = 40;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Response>> futures = new ArrayList<>();
      for (int i = 0; i < uploads; i++) {
        int n = i;
        futures.add(
            pool.submit(
                () ->
                    api.upload(
                        learner,
                        "parallel-" + n,
                        metadata("Item " + n, "PRODUCT", "2026-06-01", "ATTECL02.K5"),
                        Part.text("n.txt", "item " + n))));
      }
      // Retries of the first ten keys, racing the originals: still stored once each.
      for (int i = 0; i < 10; i++) {
        int n = i;
        futures.add(
            pool.submit(
                () ->
                    api.upload(
                        learner,
                        "parallel-" + n,
                        metadata("Item " + n, "PRODUCT", "2026-06-01", "ATTECL02.K5"),
                        Part.text("n.txt", "item " + n))));
      }
      for (Future<Response> f : futures) {
        assertThat(f.get().status()).as(f.get().body()).isIn(200, 201);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(evidenceCount()).isEqualTo(uploads);
    JsonNode history = ok(api.get("/api/learners/" + learner + "/assessments"));
    JsonNode latest =
        ok(
            api.get(
                "/api/learners/"
                    + learner
                    + "/assessments/"
                    + history.get(0).get("id").asString()));
    List<String> counted = new ArrayList<>();
    for (JsonNode s : latest.get("standards")) {
      for (JsonNode c : s.get("criteria")) {
        if (c.get("id").asString().equals("ATTECL02.K5")) {
          c.get("evidence").forEach(x -> counted.add(x.asString()));
        }
      }
    }
    assertThat(counted).hasSize(uploads);
  }

  // ---- what a reviewer found ----------------------------------------------------------------

  @Test
  void aCriterionClaimedAfterAcceptanceAwaitsAnAssessorAndDoesNotRideOnTheEarlierJudgement() {
    String a =
        upload(
                null,
                metadata(
                    "Professional discussion",
                    "PROFESSIONAL_DISCUSSION",
                    "2026-06-01",
                    "ATTECL02.K1"))
            .get("id")
            .asString();
    JsonNode judgement = accept(a);
    assertThat(judgement.get("criteria").toString()).isEqualTo("[\"ATTECL02.K1\"]");
    ok(api.post("/api/evidence/" + a + "/claims", "{\"criteria\": [\"ATTECL02.K2\"]}"));
    assertThat(nosCriterion("ATTECL02.K1").get("outcome").asString()).isEqualTo("MET");
    JsonNode k2 = nosCriterion("ATTECL02.K2");
    assertThat(k2.get("outcome").asString()).isEqualTo("NOT_MET");
    assertThat(k2.get("reasons").toString()).contains("REL-01");
    accept(a);
    assertThat(nosCriterion("ATTECL02.K2").get("outcome").asString()).isEqualTo("MET");
  }

  @Test
  void anAssessmentOnAPastDateLeavesOutWhatHadNotHappenedYet() {
    String a =
        upload(null, metadata("Discussion", "PROFESSIONAL_DISCUSSION", "2026-06-01", "ATTECL02.K1"))
            .get("id")
            .asString();
    accept(a);
    JsonNode before = ok(api.get("/api/learners/" + learner + "/assessment?date=2026-05-31"));
    for (JsonNode s : before.get("standards")) {
      for (JsonNode c : s.get("criteria")) {
        assertThat(c.get("mapped").toString()).doesNotContain(a);
      }
    }
    problem(api.get("/api/learners/" + learner + "/assessment?date=2025-08-31"), 404);
  }

  @Test
  void registeringALearnerRecomputesTheirAssessment() {
    String other = newLearner("Gwenllïan");
    created(
        admin.post(
            "/api/learners/" + other + "/registrations",
            "{\"qualificationId\": \"attest-l6-diploma-digital-commerce-leadership\", \"currentRole\": \""
                + HEAD
                + "\", \"startDate\": \"2025-09-01\", \"weeklyLearningHours\": 4}"));
    // Registered without an assessor: the centre's IQA reads their records.
    Api iqa = iqa();
    JsonNode history = ok(iqa.get("/api/learners/" + other + "/assessments"));
    assertThat(history.size()).isEqualTo(1);
    assertThat(history.get(0).get("cause").asString())
        .contains("registered on attest-l6-diploma-digital-commerce-leadership");
    assertThat(
            ok(iqa.get("/api/learners/" + other + "/registrations"))
                .get(0)
                .get("weeklyLearningHours")
                .asInt())
        .isEqualTo(4);
  }

  @Test
  void textWithANulCharacterIsRefusedOnEveryDatabase() {
    JsonNode p = problem(admin.post("/api/centres", "{\"name\": \"a\\u0000b\"}"), 400);
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("name");
  }

  @Test
  void creatingTheSameLearnerInParallelAnswersConflictsNotErrors() throws Exception {
    String uln = uln();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Response>> futures = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        futures.add(
            pool.submit(
                () ->
                    admin.post(
                        "/api/learners",
                        "{\"centreId\": \""
                            + centre
                            + "\", \"name\": \"Twin\", \"uln\": \""
                            + uln
                            + "\"}")));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Response> f : futures) {
        statuses.add(f.get().status());
      }
      assertThat(statuses).containsOnly(201, 409);
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aZipNamedLikeAWordDocumentIsNotTakenForOne() throws Exception {
    java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
    try (var out = new java.util.zip.ZipOutputStream(zip)) {
      out.putNextEntry(new java.util.zip.ZipEntry("payload.bin"));
      out.write(new byte[] {1, 2, 3});
      out.closeEntry();
    }
    JsonNode p =
        problem(
            api.upload(
                learner,
                null,
                metadata("Fake", "PRODUCT", "2026-06-01", "ATTECL02.P1"),
                Part.file(
                    "report.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    zip.toByteArray())),
            415);
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("files[0]");
  }

  @Test
  void aWordDocumentThatIsAZipBombIs413SayingSoAndNothingIsStored() throws Exception {
    java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
    uk.attest.evidence.ZipBomb.wordDocument(bomb, 50); // about 50 KB expanding to 50 MiB
    JsonNode p =
        problem(
            api.upload(
                learner,
                null,
                metadata("Report", "PRODUCT", "2026-06-01", "ATTECL02.P1"),
                Part.file(
                    "report.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    bomb.toByteArray())),
            413);
    assertThat(p.get("detail").asString())
        .contains("'report.docx' is an archive that has an entry that expands more than 100 times");
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("files[0]");
    assertThat(evidenceCount()).isZero();
  }

  @Test
  void aWordDocumentIsStoredAndDownloadedAsItWasSent() throws Exception {
    java.io.ByteArrayOutputStream docx = new java.io.ByteArrayOutputStream();
    try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
      d.createParagraph().createRun().setText("Reflective account of the trading review.");
      d.write(docx);
    }
    JsonNode e =
        created(
            api.upload(
                learner,
                null,
                metadata("Account", "PRODUCT", "2026-06-01", "ATTECL02.P1"),
                Part.file(
                    "account.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    docx.toByteArray())));
    JsonNode file = e.get("files").get(0);
    assertThat(file.get("mediaType").asString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(api.bytes(file.get("href").asString())).isEqualTo(docx.toByteArray());
  }

  @Test
  void uploadsCannotUseThePlatformsKeys() {
    JsonNode p =
        problem(
            api.upload(
                learner,
                "platform:c-1",
                metadata("X", "PRODUCT", "2026-06-01", "ATTECL02.P1"),
                Part.text("a.txt", "A")),
            400);
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
  }

  @Test
  void aPlatformItemSentAgainWithDifferentContentIsAConflictAndTheBatchIsNotStored() {
    ok(
        platform()
            .post(
                "/api/platform/evidence",
                "[" + platformItem("p-1", "CONVERSATION", "ATTECL02.K1") + "]"));
    String changed =
        platformItem("p-1", "CONVERSATION", "ATTECL02.K1")
            .replace("Coaching conversation", "Another title");
    problem(
        platform()
            .post(
                "/api/platform/evidence",
                "[" + platformItem("p-2", "CONVERSATION", "ATTECL02.K2") + ", " + changed + "]"),
        409);
    assertThat(evidenceCount()).isEqualTo(1);
  }

  @Test
  void platformErrorsNameTheNdjsonLine() {
    String body =
        "\n"
            + platformItem("l-1", "CONVERSATION", "ATTECL02.K1")
            + "\n\n"
            + platformItem("l-2", "PODCAST", "ATTECL02.K1")
            + "\n";
    JsonNode p =
        problem(platform().post("/api/platform/evidence", "application/x-ndjson", body), 400);
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("line 4.kind");
  }

  @Test
  void aMisspeltFieldInARequestIsNamedNotIgnored() {
    JsonNode p = problem(admin.post("/api/centres", "{\"nmae\": \"Coleg\"}"), 400);
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("nmae");
    assertThat(p.get("errors").get(0).get("message").asString())
        .startsWith("unknown field; expected one of name");
    p =
        problem(
            api.upload(
                learner,
                null,
                "{\"title\": \"T\", \"activityDate\": \"yesterday\"}",
                Part.text("a.txt", "A")),
            400);
    assertThat(p.get("errors").get(0).get("message").asString())
        .isEqualTo("must be a date as YYYY-MM-DD");
  }

  @Test
  void aRetriedJudgementWithTheSameKeyIsStoredOnceAndAReferralCarriesNoProficiency() {
    String a =
        upload(null, metadata("Discussion", "PROFESSIONAL_DISCUSSION", "2026-06-01", "ATTECL02.K1"))
            .get("id")
            .asString();
    String body =
        "{\"verdict\": \"ACCEPTED\", \"proficiency\": \"Advanced\", \"assessorId\": \""
            + assessor
            + "\", \"authenticityConfirmed\": true}";
    String first =
        created(api.postWithKey("/api/evidence/" + a + "/judgements", body, "j-1"))
            .get("id")
            .asString();
    Response again = api.postWithKey("/api/evidence/" + a + "/judgements", body, "j-1");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("id").asString()).isEqualTo(first);
    assertThat(ok(api.get("/api/evidence/" + a + "/judgements")).size()).isEqualTo(1);
    JsonNode p =
        problem(
            api.post(
                "/api/evidence/" + a + "/judgements",
                "{\"verdict\": \"REFERRED\", \"proficiency\": \"Advanced\", \"feedback\": \"More.\", \"assessorId\": \""
                    + assessor
                    + "\"}"),
            400);
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("proficiency");
  }

  // ---- portfolios and exports ---------------------------------------------------------------

  @Test
  void aLearnersPortfolioDownloadsAsPdfAndAsAWorkbook() throws Exception {
    String a =
        upload(null, metadata("Discussion", "PROFESSIONAL_DISCUSSION", "2026-06-01", "ATTECL02.K1"))
            .get("id")
            .asString();
    accept(a);
    Response pdf = api.get("/api/learners/" + learner + "/portfolio.pdf?date=2026-11-20");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
    byte[] bytes = api.bytes("/api/learners/" + learner + "/portfolio.pdf?date=2026-11-20");
    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (var doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
          .contains("Siân Llŷr", a);
    }
    byte[] xlsx = api.bytes("/api/learners/" + learner + "/portfolio.xlsx?date=2026-11-20");
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      assertThat(wb.getSheet("Summary")).isNotNull();
      assertThat(wb.getSheet("Evidence").getRow(1).getCell(0).getStringCellValue()).isEqualTo(a);
    }
    problem(api.get("/api/learners/lrn_nope/portfolio.pdf"), 404);
  }

  @Test
  void theAwardingBodyExportOfACentreChecksOutAgainstItsManifest() throws Exception {
    upload(null, metadata("Plan", "PRODUCT", "2026-06-01", "ATTECL02.P1"));
    // The export is the awarding body's: one the admin has registered the centre with.
    String body =
        created(admin.post("/api/awarding-bodies", "{\"name\": \"Corff Dyfarnu\"}"))
            .get("id")
            .asString();
    created(
        admin.post(
            "/api/centres/" + centre + "/approvals", "{\"awardingBodyId\": \"" + body + "\"}"));
    Api awardingBody = signedIn("Corff Dyfarnu", "AWARDING_BODY", "awardingBodyId", body);
    Response export =
        awardingBody.get("/api/centres/" + centre + "/exports/" + L5 + ".zip?date=2026-11-20");
    assertThat(export.status()).as(export.body()).isEqualTo(200);
    byte[] zip =
        awardingBody.bytes("/api/centres/" + centre + "/exports/" + L5 + ".zip?date=2026-11-20");
    java.util.Map<String, byte[]> entries = new java.util.HashMap<>();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    JsonNode manifest =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readTree(entries.get("manifest.json"));
    assertThat(manifest.get("learners").asInt()).isEqualTo(1);
    for (JsonNode f : manifest.get("files")) {
      assertThat(f.get("sha256").asString())
          .isEqualTo(uk.attest.shared.Sha256.hex(entries.get(f.get("path").asString())));
    }
    problem(awardingBody.get("/api/centres/" + centre + "/exports/nope.zip"), 400);
    problem(awardingBody.get("/api/centres/ctr_nope/exports/" + L5 + ".zip"), 404);
  }
}
