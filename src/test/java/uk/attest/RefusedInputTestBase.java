package uk.attest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.attest.Api.Part;
import uk.attest.Api.Response;

/**
 * Bad input is refused with a 4xx that names the field, and nothing is stored. The fields come from
 * the API's own OpenAPI document: every request body of every operation is walked, and each field
 * is sent too long, with a NUL or another control character, with a null in a list, as the wrong
 * JSON type and, for a date, absurdly early or late. A new field or operation is fuzzed without
 * anyone writing a case for it; one whose text has no documented maximum fails the test. Run
 * against H2 and PostgreSQL by the subclasses.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "attest.demo-data.enabled=false",
      "attest.uploads.max-file-size=64KB",
      "attest.first-admin.username=" + ApiTestBase.ADMIN,
      "attest.first-admin.password=" + ApiTestBase.PASSWORD
    })
public abstract class RefusedInputTestBase {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Map<ApplicationContext, String> ADMIN_TOKENS = new ConcurrentHashMap<>();

  /** The tables a write adds rows to; the audit trail records every change besides. */
  private static final List<String> TABLES =
      List.of(
          "centre",
          "awarding_body",
          "centre_approval",
          "assessor",
          "learner",
          "registration",
          "account",
          "evidence",
          "evidence_file",
          "claim",
          "judgement",
          "evidence_withdrawal",
          "evidence_version",
          "assessor_change",
          "iqa_sample",
          "assessment_record",
          "audit_entry");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;

  Api admin;
  Api assessorApi;
  Api iqa;
  Api platform;
  Api passwordOwner;
  String centre;
  String assessor;
  String learner;
  String unregistered;
  String awardingBody;
  String account;
  String evidence;

  @BeforeEach
  void aCentreWithPeopleEvidenceAndAJudgement() {
    Api anonymous = new Api(port);
    admin =
        anonymous.as(
            ADMIN_TOKENS.computeIfAbsent(
                context, c -> anonymous.token(ApiTestBase.ADMIN, ApiTestBase.PASSWORD)));
    centre = id(admin.post("/api/centres", "{\"name\": \"Coleg Gwent\"}"));
    assessor =
        id(
            admin.post(
                "/api/assessors",
                "{\"centreId\": \""
                    + centre
                    + "\", \"name\": \"Aled Rees\", \"qualified\": true}"));
    learner = newLearner();
    unregistered = newLearner();
    id(
        admin.post(
            "/api/learners/" + learner + "/registrations",
            registration().put("assessorId", assessor).toString()));
    awardingBody = id(admin.post("/api/awarding-bodies", "{\"name\": \"Corff\"}"));
    assessorApi = signedIn(account("ASSESSOR", "assessorId", assessor));
    iqa = signedIn(account("IQA", "centreId", centre));
    platform = signedIn(account("PLATFORM", null, null));
    ObjectNode owner = account("IQA", "centreId", centre);
    account = id(admin.post("/api/accounts", owner.toString()));
    passwordOwner = anonymous.as(anonymous.token(owner.get("username").asString(), password()));
    evidence =
        id(
            assessorApi.upload(
                learner,
                null,
                upload().toString(),
                Part.text("notes.txt", "What the learner did.")));
    assertThat(
            assessorApi
                .post(
                    "/api/evidence/" + evidence + "/judgements",
                    "{\"verdict\": \"ACCEPTED\", \"proficiency\": \"Advanced\","
                        + " \"authenticityConfirmed\": true}")
                .status())
        .isEqualTo(201);
  }

  // ---- the claim that did not fit ------------------------------------------------------------

  @Test
  void aClaimOfThirtyCriteriaIsStored() {
    List<String> thirty = new ArrayList<>();
    for (String standard : List.of("ATTECL02", "ATTECL03")) {
      JsonNode unit = assessorApi.get("/api/standards/" + standard).json();
      unit.findValues("id").stream()
          .map(JsonNode::asString)
          .filter(id -> id.startsWith(standard + "."))
          .distinct()
          .forEach(thirty::add);
    }
    assertThat(thirty.size()).isGreaterThanOrEqualTo(30);
    ArrayNode criteria = NODES.arrayNode();
    thirty.subList(0, 30).forEach(criteria::add);
    Response r =
        assessorApi.post(
            "/api/evidence/" + evidence + "/claims",
            NODES.objectNode().set("criteria", criteria).toString());
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("criteria").size()).isGreaterThanOrEqualTo(30);
    JsonNode history = assessorApi.get("/api/learners/" + learner + "/assessments").json();
    assertThat(history.toString()).contains(thirty.get(29));
  }

  @Test
  void aClaimOfEveryCriterionOfTheCatalogueIsStored() {
    ArrayNode criteria = NODES.arrayNode();
    for (JsonNode standard : assessorApi.get("/api/standards").json()) {
      String code = standard.get("code").asString();
      assessorApi.get("/api/standards/" + code).json().findValues("id").stream()
          .map(JsonNode::asString)
          .filter(id -> id.startsWith(code + "."))
          .distinct()
          .forEach(criteria::add);
    }
    Response r =
        assessorApi.post(
            "/api/evidence/" + evidence + "/claims",
            NODES.objectNode().set("criteria", criteria).toString());
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("criteria").size()).isEqualTo(criteria.size());
  }

  // ---- signing in ----------------------------------------------------------------------------

  /** A username no account can have is a failed sign-in like any other, on every database. */
  @Test
  void aSignInWithAControlCharacterOrAnAbsurdUsernameIsRefusedNotAnError() {
    Api anonymous = new Api(port);
    for (String username : List.of("admin\u0000", "a\u0007b", "x".repeat(5000))) {
      Response r =
          anonymous
              .as(Api.basic(username, password()))
              .post("/api/auth/token", "application/json", "");
      assertThat(r.status()).as(r.body()).isEqualTo(401);
      assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }
  }

  // ---- limits that match their columns -------------------------------------------------------

  /**
   * Free text and names at exactly their documented maximum are stored and read back whole: the
   * maximum the API states is what the database holds.
   */
  @Test
  void textAtItsDocumentedMaximumIsStoredWhole() {
    JsonNode doc = admin.get("/v3/api-docs").json();
    Map<String, Operation> ops = operations();
    Map<String, List<String>> fields =
        Map.of(
            "post /api/learners/{id}/evidence",
            List.of("title", "description", "witness.name", "witness.role"),
            "post /api/evidence/{id}/judgements",
            List.of("feedback"),
            "post /api/evidence/{id}/samples",
            List.of("comment"),
            "post /api/centres",
            List.of("name"),
            "post /api/platform/evidence",
            List.of("externalId", "title", "summary", "transcript"));
    int checked = 0;
    for (var entry : fields.entrySet()) {
      Operation op = ops.get(entry.getKey());
      ObjectNode body = op.body().deepCopy();
      Map<String, String> sent = new LinkedHashMap<>();
      for (String field : entry.getValue()) {
        int max = fieldSchema(doc, schemaOf(doc, entry.getKey()), field).get("maxLength").asInt();
        String value = ("Ŵ" + "x".repeat(max)).substring(0, max);
        set(body, field, NODES.stringNode(value));
        sent.put(field, value);
        checked++;
      }
      Response r = send(op, body);
      assertThat(r.status()).as(entry.getKey() + " " + abbreviated(r.body())).isBetween(200, 201);
      StringBuilder read = new StringBuilder(r.body());
      // The platform is told only the ids; the learner's assessor reads what was stored.
      r.json()
          .path("stored")
          .forEach(
              x ->
                  read.append(
                      assessorApi.get("/api/evidence/" + x.get("evidenceId").asString()).body()));
      String stored = read.toString();
      sent.forEach(
          (field, value) -> assertThat(stored).as(entry.getKey() + " " + field).contains(value));
    }
    assertThat(checked).isEqualTo(11);
  }

  /** The schema of an operation's request body (its items, for a list; its metadata part). */
  private static JsonNode schemaOf(JsonNode doc, String operation) {
    String[] methodAndPath = operation.split(" ", 2);
    JsonNode content =
        doc.get("paths").get(methodAndPath[1]).get(methodAndPath[0]).at("/requestBody/content");
    JsonNode schema =
        content.has("multipart/form-data")
            ? resolve(
                doc,
                resolve(doc, content.at("/multipart~1form-data/schema")).at("/properties/metadata"))
            : resolve(doc, content.at("/application~1json/schema"));
    return "array".equals(schema.path("type").asString())
        ? resolve(doc, schema.get("items"))
        : schema;
  }

  /** A field's schema within an object schema, through nested objects (witness.name). */
  private static JsonNode fieldSchema(JsonNode doc, JsonNode schema, String field) {
    JsonNode s = schema;
    for (String step : field.split("\\.")) {
      s = resolve(doc, s.get("properties").get(step));
    }
    return s;
  }

  // ---- every field of every request body -------------------------------------------------------

  /** How to send a good request to one operation; the fuzz changes one field of it at a time. */
  private record Operation(Api as, String path, ObjectNode body, Kind kind) {}

  private enum Kind {
    JSON,
    ARRAY_OF_ITEMS,
    METADATA_PART
  }

  private Map<String, Operation> operations() {
    Map<String, Operation> ops = new LinkedHashMap<>();
    ops.put("post /api/centres", new Operation(admin, "/api/centres", named(), Kind.JSON));
    ops.put(
        "post /api/awarding-bodies",
        new Operation(admin, "/api/awarding-bodies", named(), Kind.JSON));
    ops.put(
        "post /api/assessors",
        new Operation(
            admin,
            "/api/assessors",
            named().put("centreId", centre).put("qualified", true),
            Kind.JSON));
    ops.put(
        "post /api/learners",
        new Operation(
            admin,
            "/api/learners",
            named().put("centreId", centre).put("uln", ApiTestBase.uln()),
            Kind.JSON));
    ops.put(
        "post /api/learners/{id}/registrations",
        new Operation(
            admin,
            "/api/learners/" + unregistered + "/registrations",
            registration().put("assessorId", assessor),
            Kind.JSON));
    ops.put(
        "post /api/centres/{id}/approvals",
        new Operation(
            admin,
            "/api/centres/" + centre + "/approvals",
            NODES.objectNode().put("awardingBodyId", awardingBody),
            Kind.JSON));
    ops.put(
        "post /api/accounts",
        new Operation(admin, "/api/accounts", account("IQA", "centreId", centre), Kind.JSON));
    ops.put(
        "patch /api/accounts/{id}",
        new Operation(
            admin,
            "/api/accounts/" + account,
            NODES.objectNode().put("enabled", true).put("password", password()),
            Kind.JSON));
    ops.put(
        "post /api/learners/{id}/evidence",
        new Operation(
            assessorApi, "/api/learners/" + learner + "/evidence", upload(), Kind.METADATA_PART));
    ops.put(
        "post /api/evidence/{id}/withdraw",
        new Operation(
            assessorApi,
            "/api/evidence/" + anotherItem() + "/withdraw",
            NODES.objectNode().put("reason", "Uploaded twice.\nThe other copy stays."),
            Kind.JSON));
    ops.put(
        "post /api/evidence/{id}/versions",
        new Operation(
            assessorApi,
            "/api/evidence/" + evidence + "/versions",
            NODES.objectNode().put("reason", "The signed copy.\nThe first was a draft."),
            Kind.METADATA_PART));
    String moving = newLearner();
    id(
        admin.post(
            "/api/learners/" + moving + "/registrations",
            registration().put("assessorId", assessor).toString()));
    String other =
        id(
            admin.post(
                "/api/assessors",
                "{\"centreId\": \"" + centre + "\", \"name\": \"Nia Rees\", \"qualified\": true}"));
    ops.put(
        "post /api/learners/{id}/assessor",
        new Operation(
            admin,
            "/api/learners/" + moving + "/assessor",
            NODES
                .objectNode()
                .put("assessorId", other)
                .put("reason", "Caseloads rebalanced.\nBy agreement."),
            Kind.JSON));
    ops.put(
        "post /api/evidence/{id}/claims",
        new Operation(
            assessorApi,
            "/api/evidence/" + evidence + "/claims",
            NODES.objectNode().set("criteria", NODES.arrayNode().add("ATTECL02.K2")),
            Kind.JSON));
    ops.put(
        "post /api/evidence/{id}/judgements",
        new Operation(
            assessorApi,
            "/api/evidence/" + evidence + "/judgements",
            NODES
                .objectNode()
                .put("verdict", "REFERRED")
                .put("feedback", "Say more about the margin.\n\tAnd the returns.")
                .put("assessorId", assessor)
                .put("authenticityConfirmed", true),
            Kind.JSON));
    ops.put(
        "post /api/evidence/{id}/samples",
        new Operation(
            iqa,
            "/api/evidence/" + evidence + "/samples",
            NODES.objectNode().put("outcome", "AGREED").put("comment", "Sound.\nWell judged."),
            Kind.JSON));
    ops.put(
        "post /api/platform/evidence",
        new Operation(
            platform,
            "/api/platform/evidence",
            NODES
                .objectNode()
                .put("externalId", "conv-" + UUID.randomUUID())
                .put("learnerId", learner)
                .put("kind", "CONVERSATION")
                .put("title", "A conversation about margins")
                .put("summary", "Talked it through.\nTwice.")
                .put("transcript", "Q: What is a margin?\nA: What is left.")
                .put("occurredOn", "2026-06-01")
                .put("learnerDeclaration", true)
                .set("criteria", NODES.arrayNode().add("ATTECL02.K1")),
            Kind.ARRAY_OF_ITEMS));
    ops.put(
        "post /api/suggestions",
        new Operation(
            admin,
            "/api/suggestions",
            NODES
                .objectNode()
                .put("text", "I negotiated our marketplace commission.\nTwice.")
                .put("top", 3)
                .set("standards", NODES.arrayNode().add("ATTECL12")),
            Kind.JSON));
    ops.put(
        "post /api/learners/{id}/declarations/{role}/sign",
        new Operation(
            iqa,
            "/api/learners/" + learner + "/declarations/IQA/sign",
            NODES.objectNode().put("password", password()),
            Kind.JSON));
    ops.put(
        "post /api/me/password",
        new Operation(
            passwordOwner,
            "/api/me/password",
            NODES
                .objectNode()
                .put("currentPassword", password())
                .put("newPassword", "a new and longer passphrase"),
            Kind.JSON));
    return ops;
  }

  /** One way of getting a field wrong, and the value sent for it. */
  private record Mutation(String what, JsonNode value) {}

  @Test
  void everyFieldOfEveryRequestBodyRefusesBadInputNamingTheFieldAndStoringNothing() {
    JsonNode doc = admin.get("/v3/api-docs").json();
    Map<String, Operation> ops = operations();
    List<String> failures = new ArrayList<>();
    List<String> walked = new ArrayList<>();
    int fields = 0;
    int requests = 0;
    for (var path : doc.get("paths").properties()) {
      for (var op : path.getValue().properties()) {
        JsonNode body = op.getValue().get("requestBody");
        if (body == null) {
          continue;
        }
        String name = op.getKey() + " " + path.getKey();
        JsonNode content = body.get("content");
        JsonNode schema =
            content.has("multipart/form-data")
                ? resolve(
                    doc,
                    resolve(doc, content.at("/multipart~1form-data/schema"))
                        .at("/properties/metadata"))
                : content.has("application/json")
                    ? resolve(doc, content.at("/application~1json/schema"))
                    : null;
        if (schema != null && "array".equals(schema.path("type").asString())) {
          schema = resolve(doc, schema.get("items"));
        }
        if (schema == null || !schema.has("properties")) {
          // A body that is not an object of fields (the stateless assessment of a bundle).
          continue;
        }
        Operation operation = ops.get(name);
        if (operation == null) {
          failures.add(name + ": no good request to start from; add one to operations()");
          continue;
        }
        walked.add(name);
        Map<String, List<Mutation>> mutations = new LinkedHashMap<>();
        mutationsOf(doc, schema, "", mutations, failures, name);
        for (var field : mutations.entrySet()) {
          fields++;
          for (Mutation m : field.getValue()) {
            requests++;
            long before = rows();
            ObjectNode sent = operation.body().deepCopy();
            set(sent, field.getKey(), m.value());
            Response r = send(operation, sent);
            String label = name + " " + field.getKey() + " " + m.what() + ": ";
            if (r.status() < 400 || r.status() >= 500) {
              failures.add(label + r.status() + " " + abbreviated(r.body()));
              continue;
            }
            if (!String.valueOf(r.header("Content-Type")).startsWith("application/problem+json")
                || !names(r.json(), field.getKey())) {
              failures.add(label + "does not name the field: " + abbreviated(r.body()));
            }
            if (rows() != before) {
              failures.add(label + "stored something");
            }
          }
        }
        // The unchanged request is good, so each refusal above was for the field alone.
        Response good = send(operation, operation.body());
        if (good.status() >= 300) {
          failures.add(name + ": the good request gave " + good.status() + " " + good.body());
        }
      }
    }
    System.out.printf(
        "Fuzzed %d fields of %d request bodies with %d requests%n",
        fields, walked.size(), requests);
    assertThat(failures).isEmpty();
    assertThat(walked).hasSize(ops.size());
    assertThat(fields).isGreaterThanOrEqualTo(50);
  }

  /** The wrong values for each field of a schema (and of the objects and lists in it). */
  private static void mutationsOf(
      JsonNode doc,
      JsonNode schema,
      String prefix,
      Map<String, List<Mutation>> out,
      List<String> failures,
      String operation) {
    for (var p : schema.get("properties").properties()) {
      String field = prefix + p.getKey();
      JsonNode s = resolve(doc, p.getValue());
      List<Mutation> wrong = new ArrayList<>();
      String type = s.path("type").asString();
      if (s.has("properties")) {
        type = "object";
      }
      switch (type) {
        case "string" -> {
          wrong.add(new Mutation("as a number", NODES.numberNode(12345)));
          if ("date".equals(s.path("format").asString())) {
            wrong.add(new Mutation("in year 1", NODES.stringNode("0001-01-01")));
            wrong.add(new Mutation("in year 2999", NODES.stringNode("2999-01-01")));
            wrong.add(new Mutation("as a day count", NODES.numberNode(20250901)));
          } else {
            text(s, field, wrong, failures, operation);
          }
        }
        case "boolean" -> {
          wrong.add(new Mutation("as text", NODES.stringNode("true")));
          wrong.add(new Mutation("as a number", NODES.numberNode(1)));
        }
        case "number", "integer" -> {
          wrong.add(new Mutation("as text", NODES.stringNode("6")));
          wrong.add(new Mutation("as a boolean", NODES.booleanNode(true)));
        }
        case "array" -> {
          wrong.add(new Mutation("as text", NODES.stringNode("ATTECL02.K1")));
          wrong.add(new Mutation("holding null", NODES.arrayNode().addNull()));
          JsonNode items = resolve(doc, s.get("items"));
          List<Mutation> item = new ArrayList<>();
          item.add(new Mutation("as a number", NODES.numberNode(12345)));
          text(items, field + "[0]", item, failures, operation);
          out.put(field + "[0]", item);
        }
        case "object" -> {
          wrong.add(new Mutation("as text", NODES.stringNode("someone")));
          mutationsOf(doc, s, field + ".", out, failures, operation);
        }
        default -> failures.add(operation + " " + field + ": no mutations for type " + type);
      }
      if (!wrong.isEmpty()) {
        out.put(field, wrong);
      }
    }
  }

  /** Too long by one, a NUL, a bell: every text field has a documented maximum. */
  private static void text(
      JsonNode s, String field, List<Mutation> wrong, List<String> failures, String operation) {
    if (!s.has("maxLength")) {
      failures.add(operation + " " + field + ": text with no documented maximum (maxLength)");
      return;
    }
    int max = s.get("maxLength").asInt();
    wrong.add(new Mutation("one character too long", NODES.stringNode("x".repeat(max + 1))));
    wrong.add(new Mutation("with a NUL", NODES.stringNode("Ab\u0000c")));
    wrong.add(new Mutation("with a bell", NODES.stringNode("Ab\u0007c")));
    wrong.add(new Mutation("with half a surrogate pair", NODES.stringNode("Ab" + LONE + "c")));
  }

  /**
   * Stands for half a surrogate pair, which only a JSON escape can carry: sent as text, the client
   * would encode it as '?'.
   */
  private static final String LONE = "<lone surrogate>";

  /** Sets a field given as a.b or a[0] in a body, adding what is missing. */
  private static void set(ObjectNode body, String field, JsonNode value) {
    String[] steps = field.split("\\.");
    ObjectNode at = body;
    for (int i = 0; i < steps.length - 1; i++) {
      JsonNode next = at.get(steps[i]);
      if (!(next instanceof ObjectNode)) {
        next = NODES.objectNode().put("name", "Ffion Evans");
        at.set(steps[i], next);
      }
      at = (ObjectNode) next;
    }
    String last = steps[steps.length - 1];
    if (last.endsWith("[0]")) {
      at.set(last.substring(0, last.length() - 3), NODES.arrayNode().add(value));
    } else {
      at.set(last, value);
    }
  }

  /** Whether a problem's errors name the field, however the operation nests its body. */
  private static boolean names(JsonNode problem, String field) {
    String list = field.replaceAll("\\[0\\]$", "");
    for (JsonNode e : problem.path("errors")) {
      String named =
          e.path("field").asString().replaceFirst("^(metadata\\.|items\\[0\\]\\.|line 1\\.)", "");
      if (named.equals(field) || named.equals(list) || named.startsWith(list + "[")) {
        return true;
      }
    }
    return false;
  }

  private Response send(Operation op, ObjectNode body) {
    String json =
        (op.kind() == Kind.ARRAY_OF_ITEMS ? NODES.arrayNode().add(body) : body)
            .toString()
            .replace(LONE, "\\ud800");
    return switch (op.kind()) {
      case JSON ->
          op.path().startsWith("/api/accounts/")
              ? op.as().patch(op.path(), json)
              : op.as().post(op.path(), json);
      case ARRAY_OF_ITEMS -> op.as().post(op.path(), json);
      case METADATA_PART ->
          op.as().multipart(op.path(), null, json, Part.text("notes.txt", "What the learner did."));
    };
  }

  /** Another item of the learner's, for a request that withdraws it. */
  private String anotherItem() {
    return id(
        assessorApi.upload(
            learner, null, upload().toString(), Part.text("notes.txt", "What the learner did.")));
  }

  private long rows() {
    return jdbc.queryForObject(
        "select "
            + String.join(
                " + ", TABLES.stream().map(t -> "(select count(*) from " + t + ")").toList()),
        Long.class);
  }

  private static JsonNode resolve(JsonNode doc, JsonNode schema) {
    if (schema != null && schema.has("$ref")) {
      String ref = schema.get("$ref").asString();
      return doc.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
    }
    return schema;
  }

  private static String abbreviated(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }

  // ---- fixtures ----------------------------------------------------------------------------

  private static ObjectNode named() {
    return NODES.objectNode().put("name", "Ysgol Haf");
  }

  private static ObjectNode registration() {
    return NODES
        .objectNode()
        .put("qualificationId", ApiTestBase.L5)
        .put("currentRole", ApiTestBase.HEAD)
        .put("startDate", "2025-09-01")
        .put("weeklyLearningHours", 6)
        .putNull("assessorId");
  }

  private static ObjectNode upload() {
    return NODES
        .objectNode()
        .put("title", "Margin plan")
        .put("description", "A plan.\n\tWith a table.")
        .put("method", "PRODUCT")
        .put("activityDate", "2026-06-01")
        .put("learnerDeclaration", true)
        .<ObjectNode>set("criteria", NODES.arrayNode().add("ATTECL02.P1"))
        .set("witness", NODES.objectNode().put("name", "Ffion Evans").put("role", "Manager"));
  }

  private static String password() {
    return ApiTestBase.PASSWORD;
  }

  private static ObjectNode account(String role, String linkField, String linkId) {
    ObjectNode a =
        NODES
            .objectNode()
            .put("username", role.toLowerCase(java.util.Locale.ROOT) + "." + UUID.randomUUID())
            .put("displayName", "Test " + role)
            .put("password", password());
    a.set("roles", NODES.arrayNode().add(role));
    if (linkField != null) {
      a.put(linkField, linkId);
    }
    return a;
  }

  private Api signedIn(ObjectNode account) {
    id(admin.post("/api/accounts", account.toString()));
    Api anonymous = new Api(port);
    return anonymous.as(anonymous.token(account.get("username").asString(), password()));
  }

  private String newLearner() {
    return id(
        admin.post(
            "/api/learners",
            "{\"centreId\": \""
                + centre
                + "\", \"name\": \"Owain Price\", \"uln\": \""
                + ApiTestBase.uln()
                + "\"}"));
  }

  private static String id(Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asString();
  }
}
