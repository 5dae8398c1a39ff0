package uk.attest.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.attest.Api;
import uk.attest.ApiTestBase;
import uk.attest.accounts.Accounts.NewAccount;
import uk.attest.evidence.Claims;
import uk.attest.evidence.IncomingFile;
import uk.attest.evidence.Judgements;
import uk.attest.evidence.LearnerAssessments;
import uk.attest.evidence.Uploads;
import uk.attest.learners.PeopleService;
import uk.attest.learners.Reassignments;
import uk.attest.shared.Actor;

/**
 * Every endpoint the application maps × every role (and no sign-in at all) × a resource of the
 * caller's own, another learner's at the same centre, and one at another centre: each answer is the
 * one written in the table below. An endpoint the table does not list fails the test, so a new
 * endpoint cannot arrive without its rule. Beside the status, no 2xx answer to a caller may carry a
 * learner that caller may not see.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "attest.demo-data.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuthorizationMatrixTestBase {
  static final String L5 = "attest-l5-diploma-ecommerce-sales-leadership";
  static final String L6 = "attest-l6-diploma-digital-commerce-leadership";
  static final String HEAD = "head-of-e-commerce-sales";
  static final String PASSWORD = "matrix-password-1";
  static final Actor SYSTEM = Actor.system("test set-up");

  /** Who asks: no credentials, or an account with one role. */
  enum Who {
    ANONYMOUS,
    LEARNER,
    ASSESSOR,
    IQA,
    AWARDING_BODY,
    ADMIN,
    PLATFORM
  }

  /** Whose resource: the caller's own, another learner's at the same centre, another centre's. */
  enum Case {
    OWN,
    SAME_CENTRE,
    OTHER_CENTRE
  }

  @LocalServerPort int port;
  @Autowired PeopleService people;
  @Autowired Accounts accounts;
  @Autowired Uploads uploads;
  @Autowired Claims claims;
  @Autowired Judgements judgements;
  @Autowired LearnerAssessments assessments;
  @Autowired Reassignments reassignments;
  @Autowired JdbcClient jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicInteger counter = new AtomicInteger();

  /** The resources of one case: learner n's, at centre 1 (n = 1, 2) or centre 2 (n = 3). */
  record Scope(
      String learner,
      String learnerName,
      String uln,
      String centre,
      String assessor,
      String awardingBody,
      String evidence,
      String file,
      String record,
      String account) {}

  private final Map<Case, Scope> scopes = new EnumMap<>(Case.class);
  private final Map<Who, String> tokens = new EnumMap<>(Who.class);
  private final Map<Who, String> usernames = new EnumMap<>(Who.class);

  @BeforeAll
  void twoCentresWithTheirAwardingBodiesStaffAndLearners() {
    String body1 =
        people.createAwardingBody(SYSTEM, new PeopleService.NewAwardingBody("AB One")).id();
    String body2 =
        people.createAwardingBody(SYSTEM, new PeopleService.NewAwardingBody("AB Two")).id();
    String centre1 = people.createCentre(SYSTEM, new PeopleService.NewCentre("Centre One")).id();
    String centre2 = people.createCentre(SYSTEM, new PeopleService.NewCentre("Centre Two")).id();
    people.approve(SYSTEM, centre1, new PeopleService.NewApproval(body1));
    people.approve(SYSTEM, centre2, new PeopleService.NewApproval(body2));
    scopes.put(Case.OWN, learnerAt(centre1, body1, "Matrix Learner Un"));
    scopes.put(Case.SAME_CENTRE, learnerAt(centre1, body1, "Matrix Learner Dau"));
    scopes.put(Case.OTHER_CENTRE, learnerAt(centre2, body2, "Matrix Learner Tri"));
    Scope own = scopes.get(Case.OWN);

    account(Who.LEARNER, "LEARNER", own.learner(), null, null, null);
    account(Who.ASSESSOR, "ASSESSOR", null, own.assessor(), null, null);
    account(Who.IQA, "IQA", null, null, centre1, null);
    account(Who.AWARDING_BODY, "AWARDING_BODY", null, null, null, body1);
    account(Who.ADMIN, "ADMIN", null, null, null, null);
    account(Who.PLATFORM, "PLATFORM", null, null, null, null);
  }

  private Scope learnerAt(String centre, String body, String name) {
    String assessor =
        people
            .createAssessor(
                SYSTEM, new PeopleService.NewAssessor(centre, "Assessor of " + name, true))
            .id();
    String uln = ApiTestBase.uln();
    String learner =
        people.createLearner(SYSTEM, new PeopleService.NewLearner(centre, name, uln)).id();
    people.register(
        SYSTEM,
        learner,
        new PeopleService.NewRegistration(L5, HEAD, LocalDate.of(2025, 9, 1), null, assessor));
    var item =
        uploads.upload(
            SYSTEM,
            learner,
            null,
            new Uploads.EvidenceRequest(
                "Trading plan of " + name,
                null,
                "PRODUCT",
                LocalDate.of(2026, 6, 1),
                List.of("ATTECL02.P1"),
                true,
                null),
            List.of(
                new IncomingFile(
                    "plan.txt", "text/plain", "The plan.".getBytes(StandardCharsets.UTF_8))));
    String evidenceId = item.evidence().evidence().id();
    judgements.judge(
        SYSTEM,
        evidenceId,
        null,
        new Judgements.JudgementRequest("ACCEPTED", "Advanced", null, assessor, true));
    String account =
        accounts
            .create(
                SYSTEM,
                new NewAccount(
                    "learner-" + learner,
                    name,
                    PASSWORD,
                    List.of("LEARNER"),
                    learner,
                    null,
                    null,
                    null))
            .id();
    return new Scope(
        learner,
        name,
        uln,
        centre,
        assessor,
        body,
        evidenceId,
        item.evidence().files().get(0).id(),
        assessments.history(SYSTEM, learner).get(0).id(),
        account);
  }

  private void account(
      Who who, String role, String learner, String assessor, String centre, String body) {
    String username = "matrix-" + who.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    // The learner already has an account (made with the world); sign in as that one.
    var account =
        who == Who.LEARNER
            ? accounts.get(SYSTEM, scopes.get(Case.OWN).account())
            : accounts.create(
                SYSTEM,
                new NewAccount(
                    username,
                    who.name(),
                    PASSWORD,
                    List.of(role),
                    learner,
                    assessor,
                    centre,
                    body));
    usernames.put(who, account.username());
    tokens.put(who, "Bearer " + accounts.issueToken(accounts.actor(account)).token());
  }

  /** One request: method, path, body (JSON unless a content type is given). */
  record Req(
      String method, String path, String contentType, byte[] body, Map<String, String> headers) {
    Req(String method, String path, String contentType, byte[] body) {
      this(method, path, contentType, body, Map.of());
    }

    static Req get(String path) {
      return new Req("GET", path, null, null);
    }

    static Req delete(String path) {
      return new Req("DELETE", path, null, null);
    }

    static Req json(String method, String path, String json) {
      return new Req(method, path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    Req with(String header, String value) {
      Map<String, String> more = new java.util.LinkedHashMap<>(headers);
      more.put(header, value);
      return new Req(method, path, contentType, body, more);
    }
  }

  /** An endpoint's request for each case, anything to set up first, and the expected answers. */
  record Rule(Function<Scope, Req> request, Consumer<Scope> prepare, Map<Who, int[]> expected) {}

  private static final List<Who> ORDER = List.of(Who.values());

  /**
   * Expected statuses, written as seven groups in the order of {@link Who} (anonymous, learner,
   * assessor, IQA, awarding body, admin, platform), each three codes: own, same centre, other
   * centre.
   */
  private static Map<Who, int[]> grid(String text) {
    String[] groups = text.split("\\|");
    assertThat(groups).as(text).hasSize(ORDER.size());
    Map<Who, int[]> expected = new EnumMap<>(Who.class);
    for (int i = 0; i < groups.length; i++) {
      String[] codes = groups[i].strip().split("\\s+");
      int[] three = new int[3];
      for (int c = 0; c < 3; c++) {
        three[c] = Integer.parseInt(codes.length == 1 ? codes[0] : codes[c]);
      }
      expected.put(ORDER.get(i), three);
    }
    return expected;
  }

  // Shapes that many endpoints share.
  private static final String ANY_ACCOUNT = "401 | 200 | 200 | 200 | 200 | 200 | 200";
  private static final String ADMIN_ONLY = "401 | 403 | 403 | 403 | 403 | %s | 403";
  private static final String LEARNER_RECORDS =
      "401 | 200 404 404 | 200 404 404 | 200 200 404 | 200 200 404 | 403 | 404";
  private static final String EVIDENCE_READ =
      "401 | 200 404 404 | 200 404 404 | 200 200 404 | 200 200 404 | 404 | 404";
  private static final String EVIDENCE_WRITE =
      "401 | 200 404 404 | 200 404 404 | 403 403 404 | 403 403 404 | 404 | 404";
  private static final String CENTRE_READ =
      "401 | 200 200 404 | 200 200 404 | 200 200 404 | 200 200 404 | 200 | 404";

  private Map<String, Rule> rules() {
    Map<String, Rule> r = new TreeMap<>();
    // The catalogue: public standards, for any signed-in account.
    rule(r, "GET /api/catalogue", s -> Req.get("/api/catalogue"), ANY_ACCOUNT);
    rule(r, "GET /api/standards", s -> Req.get("/api/standards"), ANY_ACCOUNT);
    rule(r, "GET /api/standards/{code}", s -> Req.get("/api/standards/ATTECL02"), ANY_ACCOUNT);
    rule(r, "GET /api/qualifications", s -> Req.get("/api/qualifications"), ANY_ACCOUNT);
    rule(r, "GET /api/qualifications/{id}", s -> Req.get("/api/qualifications/" + L5), ANY_ACCOUNT);
    rule(r, "GET /api/criteria", s -> Req.get("/api/criteria?q=trading"), ANY_ACCOUNT);
    rule(r, "GET /api/roles", s -> Req.get("/api/roles"), ANY_ACCOUNT);
    rule(r, "GET /api/roles/{id}", s -> Req.get("/api/roles/" + HEAD), ANY_ACCOUNT);
    rule(
        r,
        "POST /api/assessments",
        s -> Req.json("POST", "/api/assessments", bundle()),
        ANY_ACCOUNT);

    // Centres, awarding bodies and people: admins manage; others see what their role reaches.
    rule(
        r,
        "POST /api/centres",
        s -> Req.json("POST", "/api/centres", "{\"name\": \"New centre\"}"),
        ADMIN_ONLY.formatted(201));
    rule(r, "GET /api/centres", s -> Req.get("/api/centres"), ANY_ACCOUNT);
    rule(r, "GET /api/centres/{id}", s -> Req.get("/api/centres/" + s.centre()), CENTRE_READ);
    rule(
        r,
        "GET /api/centres/{id}/learners",
        s -> Req.get("/api/centres/" + s.centre() + "/learners"),
        CENTRE_READ);
    rule(
        r,
        "GET /api/centres/{id}/approvals",
        s -> Req.get("/api/centres/" + s.centre() + "/approvals"),
        CENTRE_READ);
    rule(
        r,
        "POST /api/centres/{id}/approvals",
        s ->
            Req.json(
                "POST",
                "/api/centres/" + s.centre() + "/approvals",
                "{\"awardingBodyId\": \""
                    + people
                        .createAwardingBody(
                            SYSTEM, new PeopleService.NewAwardingBody("Body " + next()))
                        .id()
                    + "\"}"),
        "401 | 403 403 404 | 403 403 404 | 403 403 404 | 403 403 404 | 201 | 404");
    rule(
        r,
        "POST /api/awarding-bodies",
        s -> Req.json("POST", "/api/awarding-bodies", "{\"name\": \"New body\"}"),
        ADMIN_ONLY.formatted(201));
    rule(r, "GET /api/awarding-bodies", s -> Req.get("/api/awarding-bodies"), ANY_ACCOUNT);
    rule(
        r,
        "GET /api/awarding-bodies/{id}",
        s -> Req.get("/api/awarding-bodies/" + s.awardingBody()),
        "401 | 404 | 404 | 404 | 200 200 404 | 200 | 404");
    rule(
        r,
        "POST /api/assessors",
        s ->
            Req.json(
                "POST",
                "/api/assessors",
                "{\"centreId\": \"" + s.centre() + "\", \"name\": \"New\", \"qualified\": true}"),
        ADMIN_ONLY.formatted(201));
    rule(
        r,
        "GET /api/assessors/{id}",
        s -> Req.get("/api/assessors/" + s.assessor()),
        "401 | 200 404 404 | 200 404 404 | 200 200 404 | 200 200 404 | 200 | 404");
    rule(
        r,
        "POST /api/learners",
        s ->
            Req.json(
                "POST",
                "/api/learners",
                "{\"centreId\": \""
                    + s.centre()
                    + "\", \"name\": \"New learner\", \"uln\": \""
                    + ApiTestBase.uln()
                    + "\"}"),
        ADMIN_ONLY.formatted(201));
    rule(
        r,
        "GET /api/learners/{id}",
        s -> Req.get("/api/learners/" + s.learner()),
        "401 | 200 404 404 | 200 404 404 | 200 200 404 | 200 200 404 | 200 | 404");
    rule(
        r,
        "GET /api/learners/{id}/registrations",
        s -> Req.get("/api/learners/" + s.learner() + "/registrations"),
        "401 | 200 404 404 | 200 404 404 | 200 200 404 | 200 200 404 | 200 | 404");
    rule(
        r,
        "POST /api/learners/{id}/registrations",
        s ->
            Req.json(
                "POST",
                "/api/learners/" + s.learner() + "/registrations",
                "{\"qualificationId\": \""
                    + L6
                    + "\", \"currentRole\": \""
                    + HEAD
                    + "\", \"startDate\": \"2026-01-05\", \"assessorId\": \""
                    + s.assessor()
                    + "\"}"),
        "401 | 403 404 404 | 403 404 404 | 403 403 404 | 403 403 404 | 201 | 404");

    // Evidence: the learner and their assessor add it; whoever sees the records reads it.
    rule(
        r,
        "POST /api/learners/{id}/evidence",
        s -> upload(s.learner()),
        "401 | 201 404 404 | 201 404 404 | 403 403 404 | 403 403 404 | 403 | 404");
    rule(
        r,
        "GET /api/learners/{id}/evidence",
        s -> Req.get("/api/learners/" + s.learner() + "/evidence"),
        LEARNER_RECORDS);
    rule(r, "GET /api/evidence/{id}", s -> Req.get("/api/evidence/" + s.evidence()), EVIDENCE_READ);
    rule(
        r,
        "GET /api/evidence/{id}/files/{fileId}",
        s -> Req.get("/api/evidence/" + s.evidence() + "/files/" + s.file()),
        EVIDENCE_READ);
    rule(
        r,
        "POST /api/evidence/{id}/claims",
        s ->
            Req.json(
                "POST",
                "/api/evidence/" + s.evidence() + "/claims",
                "{\"criteria\": [\"ATTECL02.P2\"]}"),
        EVIDENCE_WRITE);
    r.put(
        "DELETE /api/evidence/{id}/claims/{criterionId}",
        new Rule(
            s -> Req.delete("/api/evidence/" + s.evidence() + "/claims/ATTECL02.P3"),
            s -> claims.claim(SYSTEM, s.evidence(), List.of("ATTECL02.P3")),
            grid(EVIDENCE_WRITE)));
    rule(
        r,
        "POST /api/evidence/{id}/judgements",
        s ->
            Req.json(
                "POST",
                "/api/evidence/" + s.evidence() + "/judgements",
                "{\"verdict\": \"ACCEPTED\", \"proficiency\": \"Advanced\","
                    + " \"authenticityConfirmed\": true}"),
        "401 | 403 404 404 | 201 404 404 | 403 403 404 | 403 403 404 | 404 | 404");
    // Evidence over time: withdrawn or given new files by those who add it, each time a fresh item.
    rule(
        r,
        "POST /api/evidence/{id}/withdraw",
        s ->
            Req.json(
                "POST",
                "/api/evidence/" + freshItem(s) + "/withdraw",
                "{\"reason\": \"Uploaded to the wrong learner.\"}"),
        EVIDENCE_WRITE);
    rule(
        r,
        "POST /api/evidence/{id}/versions",
        s -> newVersion(freshItem(s)),
        "401 | 201 404 404 | 201 404 404 | 403 403 404 | 403 403 404 | 404 | 404");
    // Reassigning: admins; the learner goes back to their own assessor before each request.
    r.put(
        "POST /api/learners/{id}/assessor",
        new Rule(
            s ->
                Req.json(
                    "POST",
                    "/api/learners/" + s.learner() + "/assessor",
                    "{\"assessorId\": \""
                        + people
                            .createAssessor(
                                SYSTEM,
                                new PeopleService.NewAssessor(
                                    s.centre(), "Another " + next(), true))
                            .id()
                        + "\", \"reason\": \"Caseloads rebalanced.\"}"),
            s -> {
              var registrations = people.registrations(SYSTEM, s.learner());
              if (!s.assessor().equals(registrations.get(registrations.size() - 1).assessorId())) {
                reassignments.reassign(
                    SYSTEM,
                    s.learner(),
                    new Reassignments.Reassignment(s.assessor(), "Back for the matrix."));
              }
            },
            grid("401 | 403 404 404 | 403 404 404 | 403 403 404 | 403 403 404 | 201 | 404")));
    rule(
        r,
        "GET /api/learners/{id}/assessor-changes",
        s -> Req.get("/api/learners/" + s.learner() + "/assessor-changes"),
        "401 | 200 404 404 | 200 404 404 | 200 200 404 | 200 200 404 | 200 | 404");
    rule(
        r,
        "GET /api/evidence/{id}/judgements",
        s -> Req.get("/api/evidence/" + s.evidence() + "/judgements"),
        EVIDENCE_READ);
    rule(
        r,
        "POST /api/evidence/{id}/samples",
        s ->
            Req.json(
                "POST",
                "/api/evidence/" + s.evidence() + "/samples",
                "{\"outcome\": \"AGREED\", \"comment\": \"Sound decision.\"}"),
        "401 | 403 404 404 | 403 404 404 | 201 201 404 | 403 403 404 | 404 | 404");
    // Countersigning: a qualified assessor of the centre who reads the learner's records, never of
    // their own decision; the matrix's judgements are the own assessor's, so nobody here may
    // countersign one (CountersigningTest countersigns a trainee's).
    rule(
        r,
        "POST /api/evidence/{id}/countersign",
        s -> Req.json("POST", "/api/evidence/" + s.evidence() + "/countersign", "{}"),
        "401 | 403 404 404 | 403 404 404 | 403 403 404 | 403 403 404 | 404 | 404");
    rule(
        r,
        "GET /api/evidence/{id}/samples",
        s -> Req.get("/api/evidence/" + s.evidence() + "/samples"),
        EVIDENCE_READ);
    // Suggested criteria: read like the item, decided like a claim; a posted text is anyone's.
    rule(
        r,
        "GET /api/evidence/{id}/suggestions",
        s -> Req.get("/api/evidence/" + s.evidence() + "/suggestions"),
        EVIDENCE_READ);
    for (String decision : List.of("confirm", "reject")) {
      r.put(
          "POST /api/evidence/{id}/suggestions/{criterionId}/" + decision,
          new Rule(
              s ->
                  Req.json(
                      "POST",
                      "/api/evidence/" + s.evidence() + "/suggestions/ATTECL02.P4/" + decision,
                      "{}"),
              s -> openSuggestion(s.evidence(), "ATTECL02.P4"),
              grid(EVIDENCE_WRITE)));
    }
    rule(
        r,
        "POST /api/suggestions",
        s -> Req.json("POST", "/api/suggestions", "{\"text\": \"I set our trading plan.\"}"),
        ANY_ACCOUNT);
    rule(
        r,
        "POST /api/platform/evidence",
        s -> Req.json("POST", "/api/platform/evidence", platformItem(s.uln())),
        "401 | 403 | 403 | 403 | 403 | 403 | 200");
    rule(
        r,
        "POST /api/xapi/statements",
        s ->
            Req.json("POST", "/api/xapi/statements", statement(s.uln()))
                .with("X-Experience-API-Version", "1.0.3"),
        "401 | 403 | 403 | 403 | 403 | 403 | 200");

    // Assessments, portfolios, audit entries: whoever sees the learner's records.
    rule(
        r,
        "GET /api/learners/{id}/assessment",
        s -> Req.get("/api/learners/" + s.learner() + "/assessment"),
        LEARNER_RECORDS);
    rule(
        r,
        "GET /api/learners/{id}/assessments",
        s -> Req.get("/api/learners/" + s.learner() + "/assessments"),
        LEARNER_RECORDS);
    rule(
        r,
        "GET /api/learners/{id}/assessments/{recordId}",
        s -> Req.get("/api/learners/" + s.learner() + "/assessments/" + s.record()),
        LEARNER_RECORDS);
    rule(
        r,
        "GET /api/learners/{id}/credentials",
        s -> Req.get("/api/learners/" + s.learner() + "/credentials"),
        LEARNER_RECORDS);
    // The matrix learner has achieved nothing, so no credential exists: whoever may read the
    // records learns only that (404); the admin, who may not, is refused first.
    rule(
        r,
        "GET /api/learners/{id}/credentials/{credentialId}.jwt",
        s -> Req.get("/api/learners/" + s.learner() + "/credentials/urn:uuid:none.jwt"),
        "401 | 404 404 404 | 404 404 404 | 404 404 404 | 404 404 404 | 403 | 404");
    rule(
        r,
        "GET /api/learners/{id}/declarations",
        s -> Req.get("/api/learners/" + s.learner() + "/declarations"),
        LEARNER_RECORDS);
    // The learner's declaration: only the learner signs it, with their password.
    rule(
        r,
        "POST /api/learners/{id}/declarations/{role}/sign",
        s ->
            Req.json(
                "POST",
                "/api/learners/" + s.learner() + "/declarations/LEARNER/sign",
                "{\"password\": \"" + PASSWORD + "\"}"),
        "401 | 201 404 404 | 403 404 404 | 403 403 404 | 403 403 404 | 403 | 404");
    rule(
        r,
        "GET /api/learners/{id}/portfolio.pdf",
        s -> Req.get("/api/learners/" + s.learner() + "/portfolio.pdf"),
        LEARNER_RECORDS);
    rule(
        r,
        "GET /api/learners/{id}/portfolio.xlsx",
        s -> Req.get("/api/learners/" + s.learner() + "/portfolio.xlsx"),
        LEARNER_RECORDS);
    rule(
        r,
        "GET /api/learners/{id}/audit",
        s -> Req.get("/api/learners/" + s.learner() + "/audit"),
        LEARNER_RECORDS);
    rule(
        r,
        "GET /api/centres/{id}/exports/{qualificationId}.zip",
        s -> Req.get("/api/centres/" + s.centre() + "/exports/" + L5 + ".zip"),
        "401 | 403 403 404 | 403 403 404 | 200 200 404 | 200 200 404 | 403 | 404");

    // The sampling plan: the centre's IQA works it; its awarding bodies' EQAs read it.
    rule(
        r,
        "GET /api/centres/{id}/sampling-plan",
        s -> Req.get("/api/centres/" + s.centre() + "/sampling-plan"),
        "401 | 403 403 404 | 403 403 404 | 200 200 404 | 200 200 404 | 403 | 404");
    rule(
        r,
        "GET /api/centres/{id}/sampling-plan/coverage",
        s -> Req.get("/api/centres/" + s.centre() + "/sampling-plan/coverage?from=2020-01-01"),
        "401 | 403 403 404 | 403 403 404 | 200 200 404 | 200 200 404 | 403 | 404");

    // Accounts: admins manage them; anyone sees their own and signs in.
    rule(
        r,
        "POST /api/accounts",
        s ->
            Req.json(
                "POST",
                "/api/accounts",
                "{\"username\": \"new-"
                    + next()
                    + "\", \"displayName\": \"New\", \"password\": \""
                    + PASSWORD
                    + "\", \"roles\": [\"ADMIN\"]}"),
        ADMIN_ONLY.formatted(201));
    rule(r, "GET /api/accounts", s -> Req.get("/api/accounts"), ADMIN_ONLY.formatted(200));
    rule(
        r,
        "GET /api/accounts/{id}",
        s -> Req.get("/api/accounts/" + s.account()),
        "401 | 200 404 404 | 404 | 404 | 404 | 200 | 404");
    rule(
        r,
        "PATCH /api/accounts/{id}",
        s -> Req.json("PATCH", "/api/accounts/" + s.account(), "{\"enabled\": true}"),
        "401 | 403 404 404 | 404 | 404 | 404 | 200 | 404");
    rule(r, "GET /api/me", s -> Req.get("/api/me"), ANY_ACCOUNT);
    rule(
        r,
        "POST /api/me/password",
        s ->
            Req.json(
                "POST",
                "/api/me/password",
                "{\"currentPassword\": \"not-the-password\", \"newPassword\": \"another-one-22\"}"),
        "401 | 400 | 400 | 400 | 400 | 400 | 400");
    rule(
        r,
        "POST /api/auth/token",
        s -> Req.json("POST", "/api/auth/token", "{}"),
        "401 | 201 | 201 | 201 | 201 | 201 | 201");
    // Signing in for a token takes the password (each role signs in with HTTP Basic there);
    // revoking one: each caller revokes a fresh token of its own, not the one the test uses.
    r.put(
        "DELETE /api/auth/token",
        new Rule(
            s -> Req.delete("/api/auth/token"),
            s -> {},
            grid("401 | 204 | 204 | 204 | 204 | 204 | 204")));

    // The audit trail: admins read it and take checkpoints; admins and awarding bodies verify it.
    rule(r, "GET /api/audit", s -> Req.get("/api/audit"), ADMIN_ONLY.formatted(200));
    rule(
        r,
        "GET /api/audit/verify",
        s -> Req.get("/api/audit/verify"),
        "401 | 403 | 403 | 403 | 200 | 200 | 403");
    rule(
        r,
        "POST /api/audit/checkpoints",
        s -> new Req("POST", "/api/audit/checkpoints", null, null),
        ADMIN_ONLY.formatted(201));
    rule(
        r,
        "GET /api/reassessments",
        s -> Req.get("/api/reassessments"),
        "401 | 403 | 403 | 403 | 200 | 200 | 403");
    return r;
  }

  /** An open suggestion of the criterion for the item, whatever was decided about it before. */
  private void openSuggestion(String evidenceId, String criterionId) {
    jdbc.sql("delete from suggestion where evidence_id = ? and criterion_id = ?")
        .params(evidenceId, criterionId)
        .update();
    jdbc.sql(
            "insert into suggestion (evidence_id, criterion_id, ordinal, score, sentence,"
                + " shared_words, why, status) values (?, ?, 9, 0.9, 'I set it.', 'set',"
                + " 'shares set', 'OPEN')")
        .params(evidenceId, criterionId)
        .update();
  }

  private void rule(
      Map<String, Rule> r, String endpoint, Function<Scope, Req> request, String grid) {
    r.put(endpoint, new Rule(request, s -> {}, grid(grid)));
  }

  /** The endpoints the application serves, as "METHOD /path", from its own request mappings. */
  private Set<String> mappedEndpoints() {
    Set<String> endpoints = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              if (!method.getBeanType().getPackageName().startsWith("uk.attest")) {
                return; // Spring's /error and springdoc's API docs
              }
              for (String path : info.getPatternValues()) {
                if (!path.startsWith("/api/")) {
                  continue; // pages: each page test checks who reaches it, through the same
                  // services
                }
                for (var verb : info.getMethodsCondition().getMethods()) {
                  endpoints.add(verb.name() + " " + path);
                }
              }
            });
    return endpoints;
  }

  @Test
  void everyEndpointHasARuleForEveryRoleAndEveryAnswerIsTheOneItSays() {
    Map<String, Rule> rules = rules();
    Set<String> mapped = mappedEndpoints();
    assertThat(rules.keySet())
        .as("every endpoint the application maps has a row in the matrix, and no row is stale")
        .containsExactlyInAnyOrderElementsOf(mapped);

    List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (var endpoint : rules.entrySet()) {
      Rule rule = endpoint.getValue();
      for (Who who : Who.values()) {
        for (Case c : Case.values()) {
          Scope scope = scopes.get(c);
          rule.prepare().accept(scope);
          Req request = rule.request().apply(scope);
          String authorization = who == Who.ANONYMOUS ? null : tokens.get(who);
          if (endpoint.getKey().equals("DELETE /api/auth/token") && who != Who.ANONYMOUS) {
            authorization = freshToken(who);
          }
          if (endpoint.getKey().equals("POST /api/auth/token") && who != Who.ANONYMOUS) {
            authorization = Api.basic(usernames.get(who), PASSWORD); // a token makes no other
          }
          Answer answer = send(request, authorization);
          cells++;
          int expected = rule.expected().get(who)[c.ordinal()];
          if (answer.status() != expected) {
            wrong.add(
                endpoint.getKey()
                    + " as "
                    + who
                    + " on "
                    + c
                    + ": expected "
                    + expected
                    + " but got "
                    + answer.status()
                    + " "
                    + abbreviate(answer.text()));
          }
          if (answer.status() < 300) {
            leaks(who, answer)
                .ifPresent(
                    leak -> wrong.add(endpoint.getKey() + " as " + who + " on " + c + ": " + leak));
          }
        }
      }
    }
    assertThat(wrong).as("answers that differ from the matrix").isEmpty();
    assertThat(cells).isEqualTo(mapped.size() * Who.values().length * Case.values().length);
    System.out.printf(
        "Authorisation matrix: %d endpoints × %d roles (incl. anonymous) × %d cases = %d requests%n",
        mapped.size(), Who.values().length, Case.values().length, cells);
  }

  /**
   * A learner this caller may not see, named in an answer: by id, name or ULN. Admins and the
   * platform are left out: admins see every learner's identity, and the platform's answers name the
   * learners it sent evidence for.
   */
  private java.util.Optional<String> leaks(Who who, Answer answer) {
    List<Case> hidden =
        switch (who) {
          case LEARNER, ASSESSOR -> List.of(Case.SAME_CENTRE, Case.OTHER_CENTRE);
          case IQA, AWARDING_BODY -> List.of(Case.OTHER_CENTRE);
          default -> List.of();
        };
    for (Case c : hidden) {
      Scope s = scopes.get(c);
      for (String secret : List.of(s.learner(), s.learnerName(), s.uln(), s.evidence())) {
        if (answer.text().contains(secret)) {
          return java.util.Optional.of("answer names " + c + "'s learner (" + secret + ")");
        }
      }
    }
    return java.util.Optional.empty();
  }

  private String freshToken(Who who) {
    return "Bearer "
        + accounts
            .issueToken(
                accounts.actor(accounts.forSignIn(usernames.get(who)).orElseThrow().getKey()))
            .token();
  }

  private int next() {
    return counter.incrementAndGet();
  }

  private static String bundle() {
    try {
      return Files.readString(Path.of("examples/ready-learner.json"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String statement(String uln) {
    return "{\"id\": \""
        + UUID.randomUUID()
        + "\", \"actor\": {\"account\": {\"homePage\": \"https://platform.example\","
        + " \"name\": \""
        + uln
        + "\"}}, \"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/completed\"},"
        + " \"object\": {\"id\": \"https://platform.example/a/1\", \"definition\":"
        + " {\"name\": {\"en-GB\": \"A practice scenario\"}}}, \"result\": {\"response\":"
        + " \"We talked about trading plans.\"}}";
  }

  private String platformItem(String uln) {
    return "[{\"externalId\": \"matrix-"
        + next()
        + "\", \"learnerUln\": \""
        + uln
        + "\", \"kind\": \"CONVERSATION\", \"title\": \"A coaching conversation\","
        + " \"transcript\": \"We talked about trading plans.\", \"occurredOn\": \"2026-06-02\","
        + " \"criteria\": [\"ATTECL02.K1\"], \"learnerDeclaration\": true}]";
  }

  /** A new item of the scope's learner, stored by the system, for a request that changes it. */
  private String freshItem(Scope s) {
    return uploads
        .upload(
            SYSTEM,
            s.learner(),
            null,
            new Uploads.EvidenceRequest(
                "Item " + next(),
                null,
                "PRODUCT",
                LocalDate.of(2026, 6, 1),
                List.of("ATTECL02.P1"),
                true,
                null),
            List.of(
                new IncomingFile(
                    "plan.txt", "text/plain", "The plan.".getBytes(StandardCharsets.UTF_8))))
        .evidence()
        .evidence()
        .id();
  }

  /** New files for an item: a reason and one file, as multipart. */
  private static Req newVersion(String evidenceId) {
    String boundary = "matrix-" + UUID.randomUUID();
    String text =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
            + "Content-Type: application/json\r\n\r\n{\"reason\": \"The signed copy.\"}\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"signed.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\nThe signed plan.\r\n--"
            + boundary
            + "--\r\n";
    return new Req(
        "POST",
        "/api/evidence/" + evidenceId + "/versions",
        "multipart/form-data; boundary=" + boundary,
        text.getBytes(StandardCharsets.UTF_8));
  }

  private static Req upload(String learner) {
    String boundary = "matrix-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String metadata =
        "{\"title\": \"Observation\", \"method\": \"PRODUCT\", \"activityDate\": \"2026-06-01\","
            + " \"criteria\": [\"ATTECL02.P1\"], \"learnerDeclaration\": true}";
    String text =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
            + "Content-Type: application/json\r\n\r\n"
            + metadata
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"notes.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\nWhat the learner did.\r\n--"
            + boundary
            + "--\r\n";
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    return new Req(
        "POST",
        "/api/learners/" + learner + "/evidence",
        "multipart/form-data; boundary=" + boundary,
        body.toByteArray());
  }

  record Answer(int status, String text) {}

  private Answer send(Req request, String authorization) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()));
    if (request.contentType() != null) {
      builder.header("Content-Type", request.contentType());
    }
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    request.headers().forEach(builder::header);
    builder.method(
        request.method(),
        request.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    try {
      HttpResponse<byte[]> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
