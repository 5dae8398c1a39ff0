package uk.attest.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import uk.attest.AttestApplication;

/**
 * What signing in costs a request: GET /api/me with HTTP Basic (an Argon2id password check every
 * time) against the same request with a bearer token (one indexed lookup), in one run on the same
 * service, interleaved so both see the same machine. Prints the medians and their ratio.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=uk.attest.bench.SignInBench -Dexec.args="200"}.
 */
public final class SignInBench {
  private static final String ADMIN = "admin.bench";
  private static final String PASSWORD = "bench password, not secret";

  private SignInBench() {}

  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    ConfigurableApplicationContext context =
        SpringApplication.run(
            AttestApplication.class,
            "--server.port=0",
            "--attest.demo-data.enabled=false",
            "--attest.first-admin.username=" + ADMIN,
            "--attest.first-admin.password=" + PASSWORD,
            "--logging.level.root=WARN",
            "--spring.datasource.url=jdbc:h2:mem:sign-in-bench;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    try {
      String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
      HttpClient http = HttpClient.newHttpClient();
      String basic =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      String tokenJson =
          send(
              http,
              HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                  .header("Authorization", basic)
                  .POST(HttpRequest.BodyPublishers.noBody()),
              201);
      String bearer = "Bearer " + tokenJson.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
      for (int i = 0; i < 30; i++) {
        me(http, base, basic);
        me(http, base, bearer);
      }
      long[] basicNanos = new long[requests];
      long[] bearerNanos = new long[requests];
      for (int i = 0; i < requests; i++) {
        basicNanos[i] = me(http, base, basic);
        bearerNanos[i] = me(http, base, bearer);
      }
      double basicMs = median(basicNanos);
      double bearerMs = median(bearerNanos);
      System.out.printf(
          "GET /api/me, %d requests each after 30 warm-up, interleaved:%n"
              + "  HTTP Basic (Argon2id check): median %.2f ms%n"
              + "  bearer token:                median %.2f ms%n"
              + "  Basic / bearer: %.1fx%n",
          requests, basicMs, bearerMs, basicMs / bearerMs);
    } finally {
      context.close();
    }
  }

  private static long me(HttpClient http, String base, String authorization) throws Exception {
    long start = System.nanoTime();
    send(
        http,
        HttpRequest.newBuilder(URI.create(base + "/api/me"))
            .header("Authorization", authorization)
            .GET(),
        200);
    return System.nanoTime() - start;
  }

  private static String send(HttpClient http, HttpRequest.Builder request, int expected)
      throws Exception {
    HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != expected) {
      throw new IllegalStateException("answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e6;
  }
}
