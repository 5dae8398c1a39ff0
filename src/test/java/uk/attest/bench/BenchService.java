package uk.attest.bench;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import uk.attest.AttestApplication;

/**
 * The service started in the bench's JVM on a free port, on H2 in memory, on H2 in a file
 * ("h2-file:/some/folder/name") or in a fresh PostgreSQL schema (dropped on close), with a first
 * admin and no demo data; and the few HTTP calls the benches make, each failing loudly on an
 * unexpected status.
 */
final class BenchService implements AutoCloseable {
  static final String ADMIN = "admin.bench";
  static final String PASSWORD = "bench password, not secret";

  final HttpClient http = HttpClient.newHttpClient();
  final String base;
  private final ConfigurableApplicationContext context;
  private final String database;
  private final String schema;

  private final boolean ownsSchema;

  BenchService(String database) {
    this(database, List.of());
  }

  /** With further settings ("--name=value"), e.g. to turn Kafka on. */
  BenchService(String database, List<String> settings) {
    this(
        database,
        "attest_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8),
        true,
        settings);
  }

  /**
   * Another instance on the same PostgreSQL schema as the one given, as behind a load balancer; it
   * leaves the schema to the first one to drop.
   */
  static BenchService joining(BenchService first) {
    return new BenchService(first.database, first.schema, false, List.of());
  }

  private BenchService(String database, String schema, boolean ownsSchema, List<String> settings) {
    this.database = database;
    this.schema = schema;
    this.ownsSchema = ownsSchema;
    List<String> properties =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--attest.demo-data.enabled=false",
                "--attest.first-admin.username=" + ADMIN,
                "--attest.first-admin.password=" + PASSWORD,
                "--logging.level.root=WARN"));
    if (database.equals("postgres")) {
      properties.add(
          "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema);
      properties.add("--spring.datasource.username=postgres");
      properties.add("--spring.flyway.schemas=" + schema);
    } else if (database.startsWith("h2-file:")) {
      properties.add(
          "--spring.datasource.url=jdbc:h2:file:"
              + database.substring("h2-file:".length())
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000");
    } else {
      properties.add(
          "--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }
    properties.addAll(settings);
    context = SpringApplication.run(AttestApplication.class, properties.toArray(String[]::new));
    base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
  }

  /** A bean of the running service (the benches read counts through its JdbcClient). */
  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** A learner registered on the level 5 diploma with an assessor, both with accounts. */
  record Learner(
      String id, String assessorId, String learnerUser, String assessorUser, String centreId) {}

  Learner learnerWithAssessor() throws Exception {
    String admin = token(ADMIN);
    String centre = id(post(admin, "/api/centres", "{\"name\": \"Bench centre\"}"));
    String assessor =
        id(
            post(
                admin,
                "/api/assessors",
                "{\"centreId\": \""
                    + centre
                    + "\", \"name\": \"Rhian Bench\", \"qualified\": true}"));
    String learner =
        id(
            post(
                admin,
                "/api/learners",
                "{\"centreId\": \""
                    + centre
                    + "\", \"name\": \"Dafydd Bench\", \"uln\": \"0000000042\"}"));
    post(
        admin,
        "/api/learners/" + learner + "/registrations",
        "{\"qualificationId\": \"attest-l5-diploma-ecommerce-sales-leadership\", \"currentRole\":"
            + " \"head-of-e-commerce-sales\", \"startDate\": \"2025-09-01\", \"assessorId\": \""
            + assessor
            + "\"}");
    account(admin, "learner.bench", "LEARNER", "learnerId", learner);
    account(admin, "assessor.bench", "ASSESSOR", "assessorId", assessor);
    return new Learner(learner, assessor, "learner.bench", "assessor.bench", centre);
  }

  /** The first valid ULN from the nine digits of the number on. */
  static String uln(long from) {
    for (long first = from; ; first++) {
      String nine = String.format("%09d", first);
      for (int check = 0; check < 10; check++) {
        if (uk.attest.shared.Uln.problem(nine + check).isEmpty()) {
          return nine + check;
        }
      }
    }
  }

  /** Another learner at the same centre, on the same diploma, with the same assessor; their id. */
  String anotherLearner(Learner first, int n) throws Exception {
    String admin = token(ADMIN);
    String learner =
        id(
            post(
                admin,
                "/api/learners",
                "{\"centreId\": \""
                    + first.centreId()
                    + "\", \"name\": \"Learner "
                    + n
                    + "\", \"uln\": \""
                    + uln(100 * n)
                    + "\"}"));
    post(
        admin,
        "/api/learners/" + learner + "/registrations",
        "{\"qualificationId\": \"attest-l5-diploma-ecommerce-sales-leadership\", \"currentRole\":"
            + " \"head-of-e-commerce-sales\", \"startDate\": \"2025-09-01\", \"assessorId\": \""
            + first.assessorId()
            + "\"}");
    return learner;
  }

  private void account(String admin, String username, String role, String link, String id)
      throws Exception {
    post(
        admin,
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
            + "\"}");
  }

  /** Signs in with HTTP Basic and returns the "Bearer …" header of a new token. */
  String token(String username) throws Exception {
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                .header("Authorization", basic)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    expect(r, 201);
    return "Bearer " + r.body().replaceFirst("^.*\"token\":\"([^\"]+)\".*$", "$1").strip();
  }

  /**
   * A browser-like client signed in through the sign-in form: it keeps the session cookie, as a
   * person's browser does.
   */
  HttpClient signedInBrowser(String username) throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpResponse<String> form =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/login")).build(),
            HttpResponse.BodyHandlers.ofString());
    String csrf = form.body().replaceFirst("(?s)^.*name=\"_csrf\"[^>]*value=\"([^\"]+)\".*$", "$1");
    String fields =
        "username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
    HttpResponse<String> r =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("signing in as " + username + " failed: " + r.statusCode());
    }
    return browser;
  }

  /** The PostgreSQL schema this instance uses. */
  String schema() {
    return schema;
  }

  String get(HttpClient client, String authorization, String path) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return expect(client.send(request.build(), HttpResponse.BodyHandlers.ofString()), 200);
  }

  String post(String authorization, String path, String json) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  /** Uploads one small text file as a work product claiming the given criteria; its id. */
  String upload(String authorization, String learner, String key, String... criteria)
      throws Exception {
    return upload(
        authorization,
        learner,
        key,
        ("Notes for " + key + "\r\n").getBytes(StandardCharsets.UTF_8),
        criteria);
  }

  /** Uploads one file of the given bytes as a work product claiming the given criteria; its id. */
  String upload(
      String authorization, String learner, String key, byte[] content, String... criteria)
      throws Exception {
    String boundary = "bench-" + key;
    String metadata =
        "{\"title\": \"Item "
            + key
            + "\", \"method\": \"PRODUCT\", \"activityDate\": \"2026-06-01\", \"criteria\": ["
            + String.join(", ", Arrays.stream(criteria).map(c -> "\"" + c + "\"").toList())
            + "], \"learnerDeclaration\": true}";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type:"
                + " application/json\r\n\r\n"
                + metadata
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"notes.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/learners/" + learner + "/evidence"))
                .header("Authorization", authorization)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return id(expect(r, 201));
  }

  static String id(String json) {
    return json.replaceFirst("^\\{\"id\":\"([^\"]+)\".*$", "$1").strip();
  }

  private static String expect(HttpResponse<String> r, int status) {
    if (r.statusCode() != status) {
      throw new IllegalStateException(
          r.request().method()
              + " "
              + r.uri().getPath()
              + " answered "
              + r.statusCode()
              + ": "
              + r.body());
    }
    return r.body();
  }

  /** "median …, p90 …, p99 …, max …" of the given times. */
  static String summary(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(
        Locale.UK,
        "median %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
        ms(percentile(sorted, 50)),
        ms(percentile(sorted, 90)),
        ms(percentile(sorted, 99)),
        ms(sorted[sorted.length - 1]));
  }

  static long percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  static double ms(long nanos) {
    return nanos / 1e6;
  }

  @Override
  public void close() throws Exception {
    context.close();
    if (database.equals("postgres") && ownsSchema) {
      try (var c =
          DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
        c.createStatement().execute("drop schema if exists " + schema + " cascade");
      }
    }
  }
}
