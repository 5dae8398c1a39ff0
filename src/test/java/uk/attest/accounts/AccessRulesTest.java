package uk.attest.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.Api;
import uk.attest.Api.Part;
import uk.attest.ApiTestBase;
import uk.attest.reports.LearnerPortfolios;
import uk.attest.shared.Actor;

/**
 * The rules the matrix cannot show by status alone: nobody judges their own evidence, an IQA
 * samples a judgement without changing it and signs the portfolio, every write leaves an audit
 * entry naming who did what, and an edited audit row is reported by the verify endpoint.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "attest.demo-data.enabled=false",
      "spring.datasource.url=jdbc:h2:mem:access-rules;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "attest.first-admin.username=" + AccessRulesTest.ADMIN,
      "attest.first-admin.password=" + AccessRulesTest.PASSWORD
    })
class AccessRulesTest {
  static final String ADMIN = "admin.access";
  static final String PASSWORD = "access-rules-password";
  static final String L5 = "attest-l5-diploma-ecommerce-sales-leadership";
  static final String L6 = "attest-l6-diploma-digital-commerce-leadership";
  static final String HEAD = "head-of-e-commerce-sales";
  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired LearnerPortfolios portfolios;

  Api anonymous;
  Api admin;
  String centre;
  String body;
  String assessor;
  String learner;
  Api assessorApi;
  Api iqa;
  Api awardingBody;
  Api learnerApi;

  @BeforeEach
  void aCentreRegisteredWithAnAwardingBodyItsStaffAndALearner() {
    anonymous = new Api(port);
    admin = anonymous.as(anonymous.token(ADMIN, PASSWORD));
    centre = id(admin.post("/api/centres", "{\"name\": \"Coleg Gwent\"}"));
    body = id(admin.post("/api/awarding-bodies", "{\"name\": \"Corff Dyfarnu\"}"));
    created(
        admin.post(
            "/api/centres/" + centre + "/approvals", "{\"awardingBodyId\": \"" + body + "\"}"));
    assessor =
        id(
            admin.post(
                "/api/assessors",
                "{\"centreId\": \""
                    + centre
                    + "\", \"name\": \"Gwenllïan Hughes\", \"qualified\": true}"));
    learner = learner("Siân Llŷr", assessor);
    assessorApi =
        account("Gwenllïan Hughes", "[\"ASSESSOR\"]", "\"assessorId\": \"" + assessor + "\"");
    iqa = account("Ffion Prys", "[\"IQA\"]", "\"centreId\": \"" + centre + "\"");
    awardingBody =
        account("EQA Rhodri", "[\"AWARDING_BODY\"]", "\"awardingBodyId\": \"" + body + "\"");
    learnerApi = account("Siân Llŷr", "[\"LEARNER\"]", "\"learnerId\": \"" + learner + "\"");
  }

  private String learner(String name, String assignedAssessor) {
    String id =
        id(
            admin.post(
                "/api/learners",
                "{\"centreId\": \""
                    + centre
                    + "\", \"name\": \""
                    + name
                    + "\", \"uln\": \""
                    + ApiTestBase.uln()
                    + "\"}"));
    created(
        admin.post(
            "/api/learners/" + id + "/registrations",
            "{\"qualificationId\": \""
                + L5
                + "\", \"currentRole\": \""
                + HEAD
                + "\", \"startDate\": \"2025-09-01\", \"assessorId\": \""
                + assignedAssessor
                + "\"}"));
    return id;
  }

  private Api account(String name, String roles, String links) {
    String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
    created(
        admin.post(
            "/api/accounts",
            "{\"username\": \""
                + username
                + "\", \"displayName\": \""
                + name
                + "\", \"password\": \""
                + PASSWORD
                + "\", \"roles\": "
                + roles
                + ", "
                + links
                + "}"));
    return anonymous.as(anonymous.token(username, PASSWORD));
  }

  private static JsonNode created(Api.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  private static String id(Api.Response r) {
    return created(r).get("id").asString();
  }

  private String upload(Api as, String learnerId) {
    return id(
        as.upload(
            learnerId,
            null,
            "{\"title\": \"Trading plan\", \"method\": \"PRODUCT\", \"activityDate\": \"2026-06-01\","
                + " \"criteria\": [\"ATTECL02.P1\"], \"learnerDeclaration\": true}",
            Part.text("plan.txt", "The plan.")));
  }

  private static String accept() {
    return "{\"verdict\": \"ACCEPTED\", \"proficiency\": \"Advanced\", \"authenticityConfirmed\": true}";
  }

  @Test
  void anAssessorWhoIsAlsoALearnerNeverJudgesTheirOwnEvidence() {
    String hers =
        id(
            admin.post(
                "/api/assessors",
                "{\"centreId\": \""
                    + centre
                    + "\", \"name\": \"Gwenllïan Hughes (second post)\", \"qualified\": true}"));
    String own = learner("Gwenllïan Hughes (as a learner)", hers);
    String assigned = learner("Owain Glyn", hers);
    Api both =
        account(
            "Gwenllïan Hughes",
            "[\"ASSESSOR\", \"LEARNER\"]",
            "\"assessorId\": \"" + hers + "\", \"learnerId\": \"" + own + "\"");
    String evidence = upload(both, own);
    var r = both.post("/api/evidence/" + evidence + "/judgements", accept());
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().get("detail").asString())
        .isEqualTo("you cannot judge evidence you submitted as a learner");
    assertThat(
            both.post("/api/evidence/" + upload(both, assigned) + "/judgements", accept()).status())
        .as("the same account still judges the learners assigned to it")
        .isEqualTo(201);

    var selfAssigned =
        admin.post(
            "/api/learners/" + own + "/registrations",
            "{\"qualificationId\": \""
                + L6
                + "\", \"currentRole\": \""
                + HEAD
                + "\", \"startDate\": \"2026-01-05\", \"assessorId\": \""
                + hers
                + "\"}");
    assertThat(selfAssigned.status()).isEqualTo(400);
    assertThat(selfAssigned.json().get("errors").get(0).get("field").asString())
        .isEqualTo("assessorId");
  }

  private Api.Response newAccount(String roles, String links) {
    return admin.post(
        "/api/accounts",
        "{\"username\": \"user-"
            + UUID.randomUUID().toString().substring(0, 8)
            + "\", \"displayName\": \"Someone Else\", \"password\": \""
            + PASSWORD
            + "\", \"roles\": "
            + roles
            + (links.isEmpty() ? "" : ", " + links)
            + "}");
  }

  @Test
  void anAssessorOrALearnerHasOneAccountOnlySoNoAdminCanActInTheirName() {
    var second = newAccount("[\"ASSESSOR\"]", "\"assessorId\": \"" + assessor + "\"");
    assertThat(second.status()).as(second.body()).isEqualTo(400);
    assertThat(second.json().get("errors").get(0).get("field").asString()).isEqualTo("assessorId");
    assertThat(second.json().get("errors").get(0).get("message").asString())
        .contains("already has an account", "one account only");
    var twin = newAccount("[\"LEARNER\"]", "\"learnerId\": \"" + learner + "\"");
    assertThat(twin.status()).isEqualTo(400);
    assertThat(twin.json().get("errors").get(0).get("field").asString()).isEqualTo("learnerId");
    assertThat(
            jdbc.sql("select count(*) from account where assessor_id = ? or learner_id = ?")
                .params(assessor, learner)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void theDatabaseItselfHoldsOneAccountPerAssessorAndPerLearner() {
    for (String column : List.of("assessor_id", "learner_id")) {
      String linked = column.equals("assessor_id") ? assessor : learner;
      assertThatThrownBy(
              () ->
                  jdbc.sql(
                          "insert into account (id, username, display_name, password_hash, "
                              + column
                              + ", enabled, demo, created_at) values (?, ?, 'Twin', 'x', ?,"
                              + " true, false, current_timestamp)")
                      .params("acc_twin_" + column, "twin-" + UUID.randomUUID(), linked)
                      .update())
          .as(column)
          .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    }
  }

  @Test
  void anAdminAccountHoldsNoLearnerOrAssessorLinkSoAdminsSeeNoEvidence() {
    String other =
        id(
            admin.post(
                "/api/assessors",
                "{\"centreId\": \"" + centre + "\", \"name\": \"Rhys\", \"qualified\": true}"));
    var r = newAccount("[\"ADMIN\", \"ASSESSOR\"]", "\"assessorId\": \"" + other + "\"");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("roles");
    assertThat(r.json().get("errors").get(0).get("message").asString())
        .contains("ADMIN stands alone", "separation of duties");
    var iqa = newAccount("[\"ADMIN\", \"IQA\"]", "\"centreId\": \"" + centre + "\"");
    assertThat(iqa.status()).isEqualTo(400);
    assertThat(newAccount("[\"ADMIN\", \"PLATFORM\"]", "").status()).isEqualTo(400);
    assertThat(admin.get("/api/learners/" + learner + "/evidence").status())
        .as("ADMIN sees no evidence")
        .isIn(403, 404);
  }

  @Test
  void anAssessorJudgesAsThemselvesAndNeverAsAnother() {
    String other =
        id(
            admin.post(
                "/api/assessors",
                "{\"centreId\": \"" + centre + "\", \"name\": \"Rhys\", \"qualified\": true}"));
    String evidence = upload(assessorApi, learner);
    var r =
        assessorApi.post(
            "/api/evidence/" + evidence + "/judgements",
            "{\"verdict\": \"ACCEPTED\", \"proficiency\": \"Advanced\", \"assessorId\": \""
                + other
                + "\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("assessorId");
    var judged = created(assessorApi.post("/api/evidence/" + evidence + "/judgements", accept()));
    assertThat(judged.get("assessorId").asString()).isEqualTo(assessor);
  }

  @Test
  void anIqaSamplesAJudgementWithoutChangingItAndSigningIsTheirOwnSeparateAct() {
    String evidence = upload(assessorApi, learner);
    created(assessorApi.post("/api/evidence/" + evidence + "/judgements", accept()));

    assertThat(iqa.post("/api/evidence/" + evidence + "/judgements", accept()).status())
        .isEqualTo(403);
    created(
        iqa.post(
            "/api/evidence/" + evidence + "/samples",
            "{\"outcome\": \"ACTION_REQUIRED\", \"comment\": \"Say how the plan was checked.\"}"));
    var judgements = assessorApi.get("/api/evidence/" + evidence + "/judgements").json();
    assertThat(judgements).hasSize(1);
    assertThat(judgements.get(0).get("verdict").asString()).isEqualTo("ACCEPTED");
    assertThat(iqaDeclaration().name()).as("not signed while action is required").isNull();

    created(
        iqa.post(
            "/api/evidence/" + evidence + "/samples",
            "{\"outcome\": \"AGREED\", \"comment\": \"Now sound.\"}"));
    assertThat(iqa.get("/api/evidence/" + evidence + "/samples").json()).hasSize(2);
    assertThat(iqaDeclaration().name()).as("an agreed sample signs nothing").isNull();
    created(
        iqa.post(
            "/api/learners/" + learner + "/declarations/IQA/sign",
            "{\"password\": \"" + PASSWORD + "\"}"));
    assertThat(iqaDeclaration().name()).isEqualTo("Ffion Prys");

    var refused =
        iqa.post(
            "/api/evidence/" + evidence + "/samples",
            "{\"outcome\": \"MAYBE\", \"comment\": \"\"}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").toString()).contains("outcome").contains("comment");
  }

  private uk.attest.reports.Portfolio.Declaration iqaDeclaration() {
    return portfolios
        .portfolio(
            Actor.system("test"),
            learner,
            java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")))
        .declarations()
        .stream()
        .filter(d -> d.role().equals("IQA"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyWriteToALearnersRecordsLeavesAnAuditEntryNamingWhoDidWhat() {
    String evidence = upload(assessorApi, learner);
    assertThat(
            assessorApi
                .post("/api/evidence/" + evidence + "/claims", "{\"criteria\": [\"ATTECL02.P2\"]}")
                .status())
        .isEqualTo(200);
    assertThat(assessorApi.delete("/api/evidence/" + evidence + "/claims/ATTECL02.P2").status())
        .isEqualTo(200);
    created(assessorApi.post("/api/evidence/" + evidence + "/judgements", accept()));
    created(
        iqa.post(
            "/api/evidence/" + evidence + "/samples",
            "{\"outcome\": \"AGREED\", \"comment\": \"Sound.\"}"));

    JsonNode entries = learnerApi.get("/api/learners/" + learner + "/audit").json();
    List<String> actions = new ArrayList<>();
    entries.forEach(e -> actions.add(e.get("action").asString()));
    assertThat(actions)
        .containsExactly(
            "learner.created",
            "registration.created",
            "account.created",
            "evidence.uploaded",
            "evidence.claimed",
            "evidence.unclaimed",
            "judgement.recorded",
            "iqa.sampled");
    JsonNode claimed = entries.get(4);
    assertThat(claimed.get("actor").asString())
        .startsWith("Gwenllïan Hughes (user-")
        .endsWith("; ASSESSOR)");
    assertThat(claimed.get("before").asString()).isEqualTo("{\"criteria\":[\"ATTECL02.P1\"]}");
    assertThat(claimed.get("after").asString())
        .isEqualTo("{\"criteria\":[\"ATTECL02.P1\",\"ATTECL02.P2\"]}");
    assertThat(entries.get(6).get("after").asString()).contains("\"verdict\":\"ACCEPTED\"");

    JsonNode all = admin.get("/api/audit?limit=1000").json();
    List<String> everything = new ArrayList<>();
    all.forEach(e -> everything.add(e.get("action").asString()));
    assertThat(everything)
        .contains(
            "centre.created",
            "awarding-body.created",
            "centre.approved",
            "assessor.created",
            "account.created");
    assertThat(all.toString())
        .as("no password or hash is ever audited")
        .doesNotContain(PASSWORD)
        .doesNotContain("argon2");
  }

  @Test
  void anExportIsAuditedAndItsManifestRecordsTheAuditHeadAndLatestCheckpoint() throws Exception {
    String evidence = upload(assessorApi, learner);
    created(assessorApi.post("/api/evidence/" + evidence + "/judgements", accept()));
    JsonNode checkpoint = created(admin.post("/api/audit/checkpoints", "application/json", ""));
    byte[] zip = awardingBody.bytes("/api/centres/" + centre + "/exports/" + L5 + ".zip");
    JsonNode manifest = null;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (e.getName().equals("manifest.json")) {
          manifest = JSON.readTree(in.readAllBytes());
        }
      }
    }
    assertThat(manifest).isNotNull();
    JsonNode signed = manifest.get("auditCheckpoint");
    assertThat(signed.get("number").asLong()).isEqualTo(checkpoint.get("number").asLong());
    assertThat(signed.get("root").asString()).isEqualTo(checkpoint.get("root").asString());
    assertThat(signed.get("signature").asString()).isNotBlank();
    long head = manifest.get("auditTrail").get("headEntry").asLong();
    JsonNode entry = admin.get("/api/audit?after=" + (head - 1) + "&limit=1").json().get(0);
    assertThat(entry.get("action").asString()).isEqualTo("export.created");
    assertThat(entry.get("actor").asString()).startsWith("EQA Rhodri");
    assertThat(entry.get("hash").asString())
        .isEqualTo(manifest.get("auditTrail").get("headHash").asString());
  }

  @Test
  void anEditedAuditRowIsReportedByTheVerifyEndpointUntilItIsPutBack() {
    String evidence = upload(assessorApi, learner);
    created(assessorApi.post("/api/evidence/" + evidence + "/judgements", accept()));
    JsonNode intact = awardingBody.get("/api/audit/verify").json();
    assertThat(intact.get("intact").asBoolean()).isTrue();

    long seq =
        jdbc.sql("select max(seq) from audit_entry where action = 'judgement.recorded'")
            .query(Long.class)
            .single();
    String original =
        jdbc.sql("select after_state from audit_entry where seq = ?")
            .param(seq)
            .query(String.class)
            .single();
    jdbc.sql("update audit_entry set after_state = ? where seq = ?")
        .params(original.replace("ACCEPTED", "REFERRED"), seq)
        .update();
    try {
      JsonNode broken = admin.get("/api/audit/verify").json();
      assertThat(broken.get("intact").asBoolean()).isFalse();
      assertThat(broken.get("firstBroken").get("seq").asLong()).isEqualTo(seq);
      assertThat(broken.get("firstBroken").get("problem").asString()).startsWith("edited");
    } finally {
      jdbc.sql("update audit_entry set after_state = ? where seq = ?")
          .params(original, seq)
          .update();
    }
    assertThat(admin.get("/api/audit/verify").json().get("intact").asBoolean()).isTrue();
  }
}
