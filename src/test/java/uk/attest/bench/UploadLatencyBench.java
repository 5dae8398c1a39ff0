package uk.attest.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Time from an evidence upload to its recomputed assessment: each upload's response comes after the
 * transaction that stored it and recomputed the learner's assessment has committed. Starts the
 * service on a free port with the given database and a first admin, who registers one learner and
 * gives them an account; the learner signs in once for a bearer token (so each upload pays for one
 * token lookup, not a password hash), uploads N items one after another (each claiming two
 * criteria, with a small file), and prints the median, p90, p99 and maximum, overall and for each
 * tenth of the run (the assessment grows with the evidence).
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=uk.attest.bench.UploadLatencyBench -Dexec.args="300 h2"} (or {@code postgres}).
 */
public final class UploadLatencyBench {
  private static final String ADMIN = "admin.bench";
  private static final String LEARNER = "learner.bench";
  private static final String PASSWORD = "bench password, not secret";

  private UploadLatencyBench() {}

  public static void main(String[] args) throws Exception {
    int uploads = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    String database = args.length > 1 ? args[1] : "h2";
    String schema = "attest_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
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
    } else {
      properties.add(
          "--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }
    ConfigurableApplicationContext context =
        SpringApplication.run(AttestApplication.class, properties.toArray(String[]::new));
    try {
      int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://localhost:" + port;
      String admin = token(http, base, ADMIN);
      String centre = id(post(http, admin, base + "/api/centres", "{\"name\": \"Bench\"}"));
      id(
          post(
              http,
              admin,
              base + "/api/assessors",
              "{\"centreId\": \"" + centre + "\", \"name\": \"A\", \"qualified\": true}"));
      String learner =
          id(
              post(
                  http,
                  admin,
                  base + "/api/learners",
                  "{\"centreId\": \"" + centre + "\", \"name\": \"B\", \"uln\": \"0000000042\"}"));
      post(
          http,
          admin,
          base + "/api/learners/" + learner + "/registrations",
          "{\"qualificationId\": \"attest-l5-diploma-ecommerce-sales-leadership\", \"currentRole\": \"head-of-e-commerce-sales\", \"startDate\": \"2025-09-01\"}");
      post(
          http,
          admin,
          base + "/api/accounts",
          "{\"username\": \""
              + LEARNER
              + "\", \"displayName\": \"B\", \"password\": \""
              + PASSWORD
              + "\", \"roles\": [\"LEARNER\"], \"learnerId\": \""
              + learner
              + "\"}");
      // The learner uploads their own evidence, signed in by bearer token.
      String signedIn = token(http, base, LEARNER);
      String[] criteria = {
        "ATTECL02.P1",
        "ATTECL02.P2",
        "ATTECL03.P1",
        "ATTECL03.K1",
        "ATTECL05.P5",
        "ATTECL07.K3",
        "ATTECL09.P2",
        "ATTECL11.K1"
      };
      for (int i = 0; i < 20; i++) { // warm-up, not measured
        upload(
            http,
            signedIn,
            base,
            learner,
            "warm-" + i,
            criteria[i % criteria.length],
            criteria[(i + 3) % criteria.length]);
      }
      long[] nanos = new long[uploads];
      for (int i = 0; i < uploads; i++) {
        long start = System.nanoTime();
        upload(
            http,
            signedIn,
            base,
            learner,
            "bench-" + i,
            criteria[i % criteria.length],
            criteria[(i + 3) % criteria.length]);
        nanos[i] = System.nanoTime() - start;
      }
      System.out.printf(
          Locale.UK,
          "%s, %d uploads after 20 warm-up (learner ends with %d items)%n",
          database,
          uploads,
          uploads + 20);
      System.out.println("  " + summary(nanos));
      int tenth = Math.max(1, uploads / 10);
      for (int from = 0; from < uploads; from += tenth) {
        System.out.printf(
            Locale.UK,
            "  uploads %3d-%3d: %s%n",
            from + 1,
            Math.min(uploads, from + tenth),
            summary(Arrays.copyOfRange(nanos, from, Math.min(uploads, from + tenth))));
      }
    } finally {
      context.close();
      if (database.equals("postgres")) {
        try (var c =
            java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
          c.createStatement().execute("drop schema if exists " + schema + " cascade");
        }
      }
    }
  }

  private static String summary(long[] nanos) {
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

  private static long percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static String id(String json) {
    return json.replaceFirst("^\\{\"id\":\"([^\"]+)\".*$", "$1").strip();
  }

  /** Signs in with HTTP Basic and returns the "Bearer …" header of a new token. */
  private static String token(HttpClient http, String base, String username) throws Exception {
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
    if (r.statusCode() != 201) {
      throw new IllegalStateException(
          "signing in as " + username + " answered " + r.statusCode() + ": " + r.body());
    }
    return "Bearer " + r.body().replaceFirst("^.*\"token\":\"([^\"]+)\".*$", "$1").strip();
  }

  private static String post(HttpClient http, String authorization, String url, String json)
      throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  private static void upload(
      HttpClient http,
      String authorization,
      String base,
      String learner,
      String key,
      String a,
      String b)
      throws Exception {
    String boundary = "bench-" + key;
    String metadata =
        "{\"title\": \"Item "
            + key
            + "\", \"method\": \"PRODUCT\", \"activityDate\": \"2026-06-01\", \"criteria\": [\""
            + a
            + "\", \""
            + b
            + "\"], \"learnerDeclaration\": true}";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json\r\n\r\n"
                + metadata
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"notes.txt\"\r\nContent-Type: text/plain\r\n\r\nNotes for "
                + key
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
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
    if (r.statusCode() != 201) {
      throw new IllegalStateException(
          "upload " + key + " answered " + r.statusCode() + ": " + r.body());
    }
  }
}
