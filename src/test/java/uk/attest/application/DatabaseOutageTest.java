package uk.attest.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.attest.TestPostgres;

/**
 * When the database goes away the service says so at once, with 503 and Retry-After, to programs
 * and to people, including for a bearer token it cannot check; when the database is back, it
 * carries on by itself. The service reaches PostgreSQL through a proxy the test cuts.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "attest.demo-data.enabled=false",
      "attest.first-admin.username=" + DatabaseOutageTest.ADMIN,
      "attest.first-admin.password=" + DatabaseOutageTest.PASSWORD
    })
@DirtiesContext // see TestPostgres: its schema is gone, so its context must stop too
class DatabaseOutageTest {
  static final String ADMIN = "admin.outage";
  static final String PASSWORD = "outage test password, not a real one";
  private static final String SCHEMA = TestPostgres.schema("outage");
  private static final TcpProxy PROXY;

  static {
    try {
      PROXY = new TcpProxy("127.0.0.1", 5432);
    } catch (java.io.IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @LocalServerPort int port;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @DynamicPropertySource
  static void throughTheProxy(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.datasource.url",
        () -> "jdbc:postgresql://127.0.0.1:" + PROXY.port() + "/test?currentSchema=" + SCHEMA);
    registry.add("spring.datasource.username", () -> TestPostgres.USER);
    registry.add("spring.datasource.password", () -> "");
    registry.add("spring.flyway.schemas", () -> SCHEMA);
  }

  @AfterAll
  static void dropSchema() throws Exception {
    PROXY.close();
    TestPostgres.drop(SCHEMA);
  }

  private HttpResponse<String> get(String path, String authorization, String accept)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(20))
            .header("Accept", accept);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String token() throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/token"))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(201);
    return "Bearer " + r.body().replaceFirst("^.*\"token\":\"([^\"]+)\".*$", "$1").strip();
  }

  @Test
  void aLostDatabaseIsA503WithRetryAfterWithinSecondsAndTheServiceRecoversByItself()
      throws Exception {
    String token = token();
    assertThat(get("/api/centres", token, "application/json").statusCode()).isEqualTo(200);

    PROXY.cut();
    try {
      long start = System.nanoTime();
      // The token check itself needs the database: it fails before any controller.
      HttpResponse<String> tokenCheck = get("/api/centres", token, "application/json");
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("DatabaseOutageTest: first answer in the outage after %.1f s%n", seconds);
      assertThat(tokenCheck.statusCode()).isEqualTo(503);
      assertThat(tokenCheck.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(tokenCheck.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
      assertThat(tokenCheck.body()).contains("cannot reach its database");
      assertThat(seconds).as("answered without hanging").isLessThan(15);

      // Signing in needs the database too: by now on a new connection, which is refused.
      start = System.nanoTime();
      HttpResponse<String> signIn =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/token"))
                  .header(
                      "Authorization",
                      "Basic "
                          + Base64.getEncoder()
                              .encodeToString(
                                  (ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      System.out.printf(
          "DatabaseOutageTest: sign-in answered in the outage after %.1f s%n",
          (System.nanoTime() - start) / 1e9);
      assertThat(signIn.statusCode()).isEqualTo(503);
      assertThat(signIn.headers().firstValue("Retry-After")).hasValue("5");

      // A person opening a page is told in words, on a page.
      HttpResponse<String> page = get("/admin", token, "text/html");
      assertThat(page.statusCode()).isEqualTo(503);
      assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(page.body())
          .contains("Sorry, the service is unavailable", "nothing of this request was stored");
    } finally {
      PROXY.connect();
    }

    // Back: the pool reconnects without a restart.
    int status = 0;
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < until && status != 200) {
      status = get("/api/centres", token, "application/json").statusCode();
      if (status != 200) {
        Thread.sleep(250);
      }
    }
    assertThat(status).isEqualTo(200);
  }
}
