package uk.attest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.zip.ZipInputStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.Api.Part;

/**
 * Two instances of the service on one PostgreSQL database, as behind a load balancer that sends
 * each request wherever it likes: a person signs in on one and carries on through the other, work
 * started on one is finished and fetched through the other, and afterwards the records are those of
 * one service. Each way evidence reaches Attest has its own method here: over HTTP, taking the
 * instance it goes through; over Kafka, taking the partition, which decides the instance (both
 * instances consume one topic in one consumer group, from one in-process broker).
 */
class TwoInstancesTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ADMIN = "admin.two";
  private static final String PASSWORD = "two instances, one database";
  private static final String L5 = "attest-l5-diploma-ecommerce-sales-leadership";
  private static final int LEARNERS = 3;
  private static final String TOPIC = "attest.two.platform";
  private static final int PARTITIONS = 2;

  /** Items each learner's platform sends over Kafka (one of them sent twice). */
  private static final int STREAMED = 8;

  private static EmbeddedKafkaBroker broker;
  private static String schema;
  private static Instance a;
  private static Instance b;

  /** One running instance and an admin signed in on it by bearer token. */
  private record Instance(ConfigurableApplicationContext context, int port, Api anonymous) {
    static Instance start(String schema, String brokers) {
      var context =
          SpringApplication.run(
              AttestApplication.class,
              "--server.port=0",
              "--attest.demo-data.enabled=false",
              "--attest.first-admin.username=" + ADMIN,
              "--attest.first-admin.password=" + PASSWORD,
              "--spring.datasource.url=" + TestPostgres.URL + "?currentSchema=" + schema,
              "--spring.datasource.username=" + TestPostgres.USER,
              "--spring.datasource.password=",
              "--spring.flyway.schemas=" + schema,
              "--attest.exports.poll-every=500ms",
              "--attest.suggestions.sweep-every=1s",
              // One topic, one consumer group: its partitions are shared out between the instances.
              "--attest.kafka.enabled=true",
              "--spring.kafka.bootstrap-servers=" + brokers,
              "--attest.kafka.topic=" + TOPIC,
              "--attest.kafka.group-id=attest-two",
              "--attest.kafka.partitions=" + PARTITIONS,
              "--attest.kafka.concurrency=1",
              "--logging.level.root=WARN");
      int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
      return new Instance(context, port, new Api(port));
    }

    Api as(String authorization) {
      return anonymous.as(authorization);
    }

    String base() {
      return "http://localhost:" + port;
    }

    /** The partitions of the platform's topic this instance's consumers hold now. */
    Set<TopicPartition> partitions() {
      Set<TopicPartition> held = new HashSet<>();
      context.getBean(KafkaListenerEndpointRegistry.class).getListenerContainers().stream()
          .map(c -> c.getAssignedPartitions())
          .filter(p -> p != null)
          .forEach(held::addAll);
      return held;
    }
  }

  @BeforeAll
  static void twoInstancesOnOneDatabase() {
    broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS, TOPIC);
    broker.afterPropertiesSet();
    schema = TestPostgres.schema("two");
    a = Instance.start(schema, broker.getBrokersAsString());
    b = Instance.start(schema, broker.getBrokersAsString());
  }

  @AfterAll
  static void stop() throws Exception {
    if (b != null) {
      b.context().close();
    }
    if (a != null) {
      a.context().close();
    }
    if (broker != null) {
      broker.destroy();
    }
    TestPostgres.drop(schema);
  }

  @Test
  void workDoneThroughEitherInstanceIsTheWorkOfOneService() throws Exception {
    // A token issued by one instance is honoured by the other.
    String adminToken = a.anonymous().token(ADMIN, PASSWORD);
    Api adminA = a.as(adminToken);
    Api adminB = b.as(adminToken);
    String centre = id(adminA.post("/api/centres", "{\"name\": \"Coleg Dau Le\"}"), 201);
    String assessor =
        id(
            adminB.post(
                "/api/assessors",
                "{\"centreId\": \"" + centre + "\", \"name\": \"Nia Rees\", \"qualified\": true}"),
            201);
    List<String> learners = new ArrayList<>();
    for (int n = 0; n < LEARNERS; n++) {
      Api admin = n % 2 == 0 ? adminA : adminB;
      String learner =
          id(
              admin.post(
                  "/api/learners",
                  "{\"centreId\": \""
                      + centre
                      + "\", \"name\": \"Dysgwr "
                      + n
                      + "\", \"uln\": \""
                      + ApiTestBase.uln()
                      + "\"}"),
              201);
      id(
          admin.post(
              "/api/learners/" + learner + "/registrations",
              "{\"qualificationId\": \""
                  + L5
                  + "\", \"currentRole\": \"head-of-e-commerce-sales\", \"startDate\":"
                  + " \"2025-09-01\", \"assessorId\": \""
                  + assessor
                  + "\"}"),
          201);
      learners.add(learner);
    }
    account(adminA, "assessor.two", "ASSESSOR", "assessorId", assessor);
    String body = id(adminB.post("/api/awarding-bodies", "{\"name\": \"Corff Dau\"}"), 201);
    Api.Response approval =
        adminA.post(
            "/api/centres/" + centre + "/approvals", "{\"awardingBodyId\": \"" + body + "\"}");
    assertThat(approval.status()).as(approval.body()).isEqualTo(201);
    account(adminB, "awarding.two", "AWARDING_BODY", "awardingBodyId", body);
    String assessorToken = b.anonymous().token("assessor.two", PASSWORD);

    // Each learner's evidence goes through both instances, and is judged through the other one.
    List<String> items = new ArrayList<>();
    for (int n = 0; n < LEARNERS; n++) {
      Instance in = n % 2 == 0 ? a : b;
      Instance other = in == a ? b : a;
      items.add(uploadOverHttp(in, assessorToken, learners.get(n), "item-" + n));
      // The client's retry lands on the other instance: the same item, stored once.
      assertThat(uploadOverHttp(other, assessorToken, learners.get(n), "item-" + n))
          .isEqualTo(items.get(n));
      judge(other, assessorToken, items.get(n), assessor);
    }

    // Every learner's assessment, read through either instance, counts the accepted item.
    for (int n = 0; n < LEARNERS; n++) {
      Api reader = (n % 2 == 0 ? b : a).as(assessorToken);
      assertThat(criterionOutcome(reader, learners.get(n), "ATTECL02.K1")).isEqualTo("MET");
    }

    // The platform streams each learner's items over Kafka, keyed by the learner and all on the
    // learner's partition (learner n on partition n % PARTITIONS), one of them delivered twice. The
    // instances have shared the partitions out between them, so each stores the items of the
    // learners whose partitions it holds.
    Map<Instance, Set<TopicPartition>> held = awaitPartitionsShared();
    for (Instance in : List.of(a, b)) {
      assertThat(
              IntStream.range(0, LEARNERS)
                  .filter(n -> held.get(in).contains(new TopicPartition(TOPIC, partitionOf(n)))))
          .as("learners whose items the instance on port %d reads", in.port())
          .isNotEmpty();
    }
    Map<String, List<String>> sent = new HashMap<>();
    try (KafkaProducer<String, String> platform = platform()) {
      for (int i = 1; i <= STREAMED; i++) {
        for (int n = 0; n < LEARNERS; n++) {
          String learner = learners.get(n);
          String item = sendOverKafka(platform, partitionOf(n), learner, "stream-" + n + "-" + i);
          sent.computeIfAbsent(learner, l -> new ArrayList<>()).add(item);
          if (i == 3) {
            // Delivered again: later items of the learner's partition are only read after it.
            sendOverKafka(platform, partitionOf(n), learner, "stream-" + n + "-" + i);
          }
        }
      }
    }
    int streamed = LEARNERS * STREAMED;
    awaitCount("select count(*) from evidence where idempotency_key like 'platform:%'", streamed);
    // Each item stored once, in the order sent, whichever instance read it; each assessed and
    // audited as it was stored, and the second delivery neither stored nor assessed again.
    for (String learner : learners) {
      assertThat(
              strings(
                  "select idempotency_key from evidence where learner_id = '"
                      + learner
                      + "' and idempotency_key like 'platform:%' order by created_at"))
          .isEqualTo(sent.get(learner));
    }
    assertThat(
            count(
                "select count(*) from assessment_record where cause = 'platform evidence"
                    + " received'"))
        .isEqualTo(streamed);
    assertThat(count("select count(*) from audit_entry where action = 'evidence.received'"))
        .isEqualTo(streamed);
    // Nobody joined or left the group meanwhile: each instance read the partitions it held.
    assertThat(held).isEqualTo(Map.of(a, a.partitions(), b, b.partitions()));

    // The awarding body signs in on A, starts an export through B with that session, follows it
    // on A and downloads it from B.
    HttpClient browser = signIn(a, "awarding.two");
    String page = get(browser, b, "/centres/" + centre);
    String job = startExport(browser, b, centre, csrf(page));
    JsonNode status = awaitExport(browser, a, job);
    assertThat(status.get("state").asString()).isEqualTo("DONE");
    assertThat(status.get("done").asInt()).isEqualTo(LEARNERS);
    Map<String, byte[]> zip = unzip(download(browser, b, job));
    JsonNode manifest = JSON.readTree(zip.get("manifest.json"));
    assertThat(manifest.get("learners").asInt()).isEqualTo(LEARNERS);
    for (JsonNode f : manifest.get("files")) {
      assertThat(uk.attest.shared.Sha256.hex(zip.get(f.get("path").asString())))
          .isEqualTo(f.get("sha256").asString());
    }

    // An export whose instance died while writing it (its last beat ten minutes ago) is taken
    // over by an instance still alive and finished.
    execute(
        "insert into export_job (id, owner_id, title, centre_id, qualification_id, assessed_on,"
            + " learners, audit_seq, audit_hash, file_name, state, done, total, started_at,"
            + " worker, heartbeat_at) select 'exp_orphaned', owner_id, title, centre_id,"
            + " qualification_id, assessed_on, learners, audit_seq, audit_hash, file_name,"
            + " 'RUNNING', 1, total, started_at, 'instance-gone', now() - interval '10 minutes'"
            + " from export_job where id = '"
            + job
            + "'");
    JsonNode orphaned = awaitExport(browser, b, "exp_orphaned");
    assertThat(orphaned.get("state").asString()).isEqualTo("DONE");
    assertThat(unzip(download(browser, a, "exp_orphaned")).keySet()).isEqualTo(zip.keySet());

    // Each instance read for suggestions the items it stored. An item whose reading was left to
    // an instance that died (its claim lapsed) is read by one still alive.
    awaitCount("select count(*) from pending_reading", 0);
    assertThat(count("select count(*) from evidence_reading")).isEqualTo(LEARNERS);
    String unread = items.get(0);
    execute("delete from suggestion where evidence_id = '" + unread + "'");
    execute(
        "delete from evidence_file_text where file_id in (select id from evidence_file where"
            + " evidence_id = '"
            + unread
            + "')");
    execute("delete from evidence_reading where evidence_id = '" + unread + "'");
    execute(
        "insert into pending_reading (evidence_id, queued_at, claimed_by, claimed_until) values"
            + " ('"
            + unread
            + "', now(), 'instance-gone', now() - interval '1 minute')");
    awaitCount("select count(*) from pending_reading", 0);
    assertThat(count("select count(*) from evidence_reading")).isEqualTo(LEARNERS);

    // One service's records: each item and judgement once, one assessment per change, and an
    // audit trail that checks from either instance.
    assertThat(count("select count(*) from evidence")).isEqualTo(LEARNERS + streamed);
    assertThat(count("select count(*) from judgement")).isEqualTo(LEARNERS);
    assertThat(count("select count(distinct learner_id) from assessment_record"))
        .isEqualTo(LEARNERS);
    assertThat(count("select count(*) from export_job where state = 'DONE'")).isEqualTo(2);
    JsonNode fromA = adminA.get("/api/audit/verify").json();
    JsonNode fromB = adminB.get("/api/audit/verify").json();
    assertThat(fromA.get("intact").asBoolean()).as(fromA.toString()).isTrue();
    assertThat(fromB.get("intact").asBoolean()).as(fromB.toString()).isTrue();
    assertThat(fromB.get("checked").asLong()).isEqualTo(fromA.get("checked").asLong());
  }

  /** The assessor uploads an item for the learner through the API; the item's id. */
  private static String uploadOverHttp(Instance in, String token, String learner, String key) {
    Api.Response r =
        in.as(token)
            .upload(
                learner,
                key,
                "{\"title\": \"Professional discussion "
                    + key
                    + "\", \"method\": \"PROFESSIONAL_DISCUSSION\", \"activityDate\":"
                    + " \"2026-06-01\", \"criteria\": [\"ATTECL02.K1\"], \"learnerDeclaration\":"
                    + " true}",
                Part.text("notes.txt", "What the learner said about " + key + "."));
    assertThat(r.status()).as(r.body()).isIn(200, 201);
    return r.json().get("id").asString();
  }

  /**
   * The platform sends an item for the learner over Kafka, keyed by the learner, on the learner's
   * partition: whichever instance holds that partition stores it. The key it is stored under.
   */
  private static String sendOverKafka(
      KafkaProducer<String, String> platform, int partition, String learner, String externalId)
      throws Exception {
    String item =
        "{\"externalId\": \""
            + externalId
            + "\", \"learnerId\": \""
            + learner
            + "\", \"kind\": \"CONVERSATION\", \"title\": \"Pricing conversation "
            + externalId
            + "\", \"transcript\": \"Learner: I would start with the contribution margin.\","
            + " \"occurredOn\": \"2026-06-01\", \"criteria\": [\"ATTECL02.K1\"],"
            + " \"learnerDeclaration\": true}";
    RecordMetadata sent =
        platform.send(new ProducerRecord<>(TOPIC, partition, learner, item)).get();
    assertThat(sent.partition()).isEqualTo(partition);
    return "platform:" + externalId;
  }

  private static int partitionOf(int learner) {
    return learner % PARTITIONS;
  }

  private static KafkaProducer<String, String> platform() {
    return new KafkaProducer<>(
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
        new StringSerializer(),
        new StringSerializer());
  }

  /**
   * Waits up to a minute for the instances to hold the topic's partitions between them, each some
   * and none both, as the consumer group shares them out; which instance holds which.
   */
  private static Map<Instance, Set<TopicPartition>> awaitPartitionsShared() throws Exception {
    long until = System.nanoTime() + 60_000_000_000L;
    while (true) {
      Set<TopicPartition> ofA = a.partitions();
      Set<TopicPartition> ofB = b.partitions();
      Set<TopicPartition> all = new HashSet<>(ofA);
      all.addAll(ofB);
      boolean shared =
          !ofA.isEmpty()
              && !ofB.isEmpty()
              && ofA.size() + ofB.size() == PARTITIONS
              && all.size() == PARTITIONS;
      if (shared || System.nanoTime() > until) {
        assertThat(shared).as("partitions held: %s by A, %s by B", ofA, ofB).isTrue();
        return Map.of(a, ofA, b, ofB);
      }
      Thread.sleep(100);
    }
  }

  private static void judge(Instance in, String token, String item, String assessor) {
    Api.Response r =
        in.as(token)
            .post(
                "/api/evidence/" + item + "/judgements",
                "{\"verdict\": \"ACCEPTED\", \"proficiency\": \"Advanced\", \"assessorId\": \""
                    + assessor
                    + "\", \"authenticityConfirmed\": true}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  private static String criterionOutcome(Api reader, String learner, String criterion) {
    Api.Response r = reader.get("/api/learners/" + learner + "/assessment");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    for (JsonNode s : r.json().get("standards")) {
      for (JsonNode c : s.get("criteria")) {
        if (c.get("id").asString().equals(criterion)) {
          return c.get("outcome").asString();
        }
      }
    }
    throw new AssertionError("no criterion " + criterion + " in the assessment");
  }

  private static void account(Api admin, String username, String role, String link, String id) {
    id(
        admin.post(
            "/api/accounts",
            "{\"username\": \""
                + username
                + "\", \"displayName\": \""
                + username
                + "\", \"password\": \""
                + PASSWORD
                + "\", \"roles\": [\""
                + role
                + "\"], \""
                + link
                + "\": \""
                + id
                + "\"}"),
        201);
  }

  /**
   * A browser signed in through the sign-in form of one instance. Its cookie names no port, so the
   * browser sends it to the other instance too, as it would to any instance behind one address.
   */
  private static HttpClient signIn(Instance in, String username) throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String form = get(browser, in, "/login");
    HttpResponse<String> r =
        browser.send(
            HttpRequest.newBuilder(URI.create(in.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username="
                            + enc(username)
                            + "&password="
                            + enc(PASSWORD)
                            + "&_csrf="
                            + enc(csrf(form))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
    return browser;
  }

  private static String startExport(HttpClient browser, Instance in, String centre, String csrf)
      throws Exception {
    HttpResponse<String> r =
        browser.send(
            HttpRequest.newBuilder(URI.create(in.base() + "/centres/" + centre + "/exports"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "qualification=" + enc(L5) + "&_csrf=" + enc(csrf)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    String location = r.headers().firstValue("Location").orElseThrow();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private static JsonNode awaitExport(HttpClient browser, Instance in, String job)
      throws Exception {
    long until = System.nanoTime() + 120_000_000_000L;
    while (true) {
      JsonNode status = JSON.readTree(get(browser, in, "/exports/" + job + "/status"));
      String state = status.get("state").asString();
      if (state.equals("DONE") || state.equals("FAILED") || System.nanoTime() > until) {
        return status;
      }
      Thread.sleep(200);
    }
  }

  private static byte[] download(HttpClient browser, Instance in, String job) throws Exception {
    HttpResponse<byte[]> r =
        browser.send(
            HttpRequest.newBuilder(URI.create(in.base() + "/exports/" + job + "/download")).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  private static String get(HttpClient browser, Instance in, String path) throws Exception {
    HttpResponse<String> r =
        browser.send(
            HttpRequest.newBuilder(URI.create(in.base() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return r.body();
  }

  private static String csrf(String page) {
    var m = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).as("a form with a CSRF token").isTrue();
    return m.group(1);
  }

  private static Map<String, byte[]> unzip(byte[] bytes) throws Exception {
    Map<String, byte[]> entries = new HashMap<>();
    try (var in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static long count(String sql) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                TestPostgres.URL + "?currentSchema=" + schema, TestPostgres.USER, "");
        var rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> strings(String sql) throws Exception {
    List<String> values = new ArrayList<>();
    try (Connection c =
            DriverManager.getConnection(
                TestPostgres.URL + "?currentSchema=" + schema, TestPostgres.USER, "");
        var rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  /** Waits up to a minute for the query's count to be the one expected. */
  private static void awaitCount(String sql, long expected) throws Exception {
    long until = System.nanoTime() + 60_000_000_000L;
    while (count(sql) != expected && System.nanoTime() < until) {
      Thread.sleep(200);
    }
    assertThat(count(sql)).as(sql).isEqualTo(expected);
  }

  private static void execute(String sql) throws Exception {
    try (Connection c =
        DriverManager.getConnection(
            TestPostgres.URL + "?currentSchema=" + schema, TestPostgres.USER, "")) {
      c.createStatement().execute(sql);
    }
  }

  private static String id(Api.Response r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    return r.json().get("id").asString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
