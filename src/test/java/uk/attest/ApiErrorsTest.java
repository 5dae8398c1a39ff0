package uk.attest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.Api.Part;
import uk.attest.Api.Response;

/**
 * Every error the API sends is RFC 9457 problem details in words that fit it, whoever raises it: a
 * controller, Spring MVC, the multipart parser or Tomcat itself. Pages keep their HTML page.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "attest.demo-data.enabled=false",
      "attest.uploads.max-file-size=64KB",
      "attest.first-admin.username=" + ApiTestBase.ADMIN,
      "attest.first-admin.password=" + ApiTestBase.PASSWORD,
      "server.tomcat.max-http-form-post-size=32KB",
      "spring.servlet.multipart.max-request-size=160KB",
      "spring.datasource.url=jdbc:h2:mem:api-errors;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class ApiErrorsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static String token;

  @LocalServerPort int port;
  Api admin;

  @BeforeEach
  void signIn() {
    Api anonymous = new Api(port);
    if (token == null) {
      token = anonymous.token(ApiTestBase.ADMIN, ApiTestBase.PASSWORD);
    }
    admin = anonymous.as(token);
  }

  private static JsonNode problem(Response r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("Content-Type")).as(r.body()).startsWith("application/problem+json");
    JsonNode p = r.json();
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("title").asString()).isNotBlank();
    assertThat(p.get("detail").asString()).isNotBlank();
    return p;
  }

  @Test
  void anUnknownApiPathIsAProblemNamingThePath() {
    JsonNode p = problem(admin.get("/api/no-such-thing"), 404);
    assertThat(p.get("detail").asString()).contains("/api/no-such-thing");
  }

  @Test
  void aMethodAPathDoesNotTakeIsAProblemSayingWhichItTakes() {
    Response r = admin.delete("/api/centres");
    JsonNode p = problem(r, 405);
    assertThat(p.get("detail").asString()).contains("DELETE");
    assertThat(r.header("Allow")).contains("GET", "POST");
  }

  @Test
  void aResponseTypeTheApiCannotGiveIsAProblem() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/centres"))
                    .header("Authorization", token)
                    .header("Accept", "text/csv")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(406);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(JSON.readTree(r.body()).get("detail").asString()).contains("application/json");
  }

  @Test
  void aBodyOfATypeTheApiDoesNotTakeIsAProblem() {
    JsonNode p = problem(admin.post("/api/centres", "text/plain", "Coleg"), 415);
    assertThat(p.get("detail").asString()).contains("text/plain", "application/json");
  }

  @Test
  void malformedJsonIsAProblemSayingWhere() {
    JsonNode p = problem(admin.post("/api/centres", "{\"name\": "), 400);
    assertThat(p.get("detail").asString()).contains("line 1");
  }

  @Test
  void anUploadWithoutItsMetadataPartIsAProblemNamingThePart() {
    JsonNode p = problem(admin.upload("lrn_x", null, null, Part.text("a.txt", "A")), 400);
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("metadata");
  }

  @Test
  void anOversizedMetadataPartIsAProblemNamingThePartAndItsLimit() {
    // Over the limit for the text of an upload (32KB here), under the one for any part (64KB).
    String big = "{\"title\": \"" + "x".repeat(40 * 1024) + "\"}";
    JsonNode p = problem(admin.upload("lrn_x", null, big, Part.text("a.txt", "A")), 413);
    assertThat(p.get("detail").asString()).contains("'metadata'", "32KB").doesNotContain("file");
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("metadata");
    // Over the limit for any one part.
    String huge = "{\"title\": \"" + "x".repeat(100 * 1024) + "\"}";
    p = problem(admin.upload("lrn_x", null, huge, Part.text("a.txt", "A")), 413);
    assertThat(p.get("detail").asString()).contains("'metadata'", "64KB").doesNotContain("file");
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("metadata");
  }

  @Test
  void anOversizedFileIsAProblemNamingThePartAndItsLimit() {
    JsonNode p =
        problem(
            admin.upload(
                "lrn_x",
                null,
                "{}",
                Part.file("big.bin", "application/octet-stream", new byte[100 * 1024])),
            413);
    assertThat(p.get("detail").asString()).contains("files", "64KB");
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("files");
  }

  @Test
  void anUploadLargerThanTheRequestLimitIsAProblemNamingTheLimit() {
    Part file = Part.file("part.bin", "application/octet-stream", new byte[60 * 1024]);
    JsonNode p = problem(admin.upload("lrn_x", null, "{}", file, file, file), 413);
    assertThat(p.get("detail").asString()).contains("160KB", "all its parts");
  }

  @Test
  void aJsonBodyOverTheLimitIsAProblemNamingTheLimit() {
    String body = "{\"name\": \"" + "x".repeat(1024 * 1024) + "\"}";
    JsonNode p = problem(admin.post("/api/centres", body), 413);
    assertThat(p.get("detail").asString()).contains("1MB");
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("body");
  }

  @Test
  void aPathWithBadPercentEncodingIsAProblemNotTomcatsPage() throws IOException {
    String response = raw("GET /api/centres/%zz HTTP/1.1\r\n");
    assertThat(response).startsWith("HTTP/1.1 400");
    assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
    assertThat(response).doesNotContain("<html");
    JsonNode p = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
    assertThat(p.get("status").asInt()).isEqualTo(400);
    assertThat(p.get("detail").asString()).startsWith("the request was refused");
  }

  @Test
  void headersTooLargeForTheServerAreAProblemNotTomcatsPage() throws IOException {
    String response = raw("GET /api/centres HTTP/1.1\r\nX-Padding: " + "x".repeat(20_000) + "\r\n");
    assertThat(response).startsWith("HTTP/1.1 4");
    assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
    assertThat(response).doesNotContain("<html");
  }

  @Test
  void aPathTheFirewallRefusesIsAProblem() {
    JsonNode p = problem(admin.get("/api/centres/%2e%2e/learners"), 400);
    assertThat(p.get("detail").asString()).isNotBlank();
  }

  @Test
  void anUnknownPageIsStillAnHtmlPage() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no-such-page"))
                    .header("Authorization", token)
                    .header("Accept", "text/html")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(r.body()).contains("Page not found");
  }

  @Test
  void aPageWithBadPercentEncodingIsStillAnHtmlPage() throws IOException {
    String response = raw("GET /learners/%zz HTTP/1.1\r\n");
    assertThat(response).startsWith("HTTP/1.1 400");
    assertThat(response).containsIgnoringCase("Content-Type: text/html");
  }

  /** A request written by hand, for what an HTTP client library refuses to send. */
  private String raw(String requestLineAndHeaders) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          (requestLineAndHeaders
                  + "Host: localhost\r\nAuthorization: "
                  + token
                  + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      in.transferTo(bytes);
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }
}
