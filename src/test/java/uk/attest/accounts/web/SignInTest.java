package uk.attest.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.attest.Api;

/**
 * Signing in: HTTP Basic and bearer tokens for the API, a login form for browsers, passwords kept
 * as Argon2id hashes, and failed sign-ins limited per username and per client address.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "attest.demo-data.enabled=false",
      "spring.datasource.url=jdbc:h2:mem:sign-in;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "attest.first-admin.username=" + SignInTest.ADMIN,
      "attest.first-admin.password=" + SignInTest.PASSWORD,
      "attest.security.max-failures-per-username=3",
      "attest.security.max-failures-per-address=6",
      "attest.security.failure-window=15m"
    })
class SignInTest {
  static final String ADMIN = "admin.sign-in";
  static final String PASSWORD = "sign-in-test-password";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  Api anonymous;
  Api admin;

  @BeforeEach
  void noRecentFailures() {
    jdbc.sql("delete from login_failure").update();
    anonymous = new Api(port);
    admin = anonymous.as(anonymous.token(ADMIN, PASSWORD));
  }

  /** A new account with the admin role, so these tests need no people. */
  private String account() {
    String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
    var r =
        admin.post(
            "/api/accounts",
            "{\"username\": \""
                + username
                + "\", \"displayName\": \"Ffion\", \"password\": \""
                + PASSWORD
                + "\", \"roles\": [\"ADMIN\"]}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return username;
  }

  private int me(String authorization) {
    return anonymous.as(authorization).get("/api/me").status();
  }

  @Test
  void aRequestWithoutCredentialsIsAskedToSignIn() {
    var r = anonymous.get("/api/learners/lrn_anything");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("WWW-Authenticate"))
        .as("Basic is accepted but never offered, so no browser remembers and resends it")
        .contains("Bearer")
        .doesNotContain("Basic");
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.json().get("detail").asString()).contains("POST /api/auth/token");
  }

  @Test
  void basicAndBearerTokensBothSignIn() {
    String user = account();
    assertThat(me(Api.basic(user, PASSWORD))).isEqualTo(200);
    String bearer = anonymous.token(user, PASSWORD);
    var me = anonymous.as(bearer).get("/api/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("username").asString()).isEqualTo(user);
    assertThat(me.json().get("roles").toString()).contains("ADMIN");
  }

  @Test
  void passwordsAreKeptOnlyAsArgon2idHashes() {
    String user = account();
    String hash =
        jdbc.sql("select password_hash from account where username = ?")
            .param(user)
            .query(String.class)
            .single();
    assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
  }

  @Test
  void afterThreeFailuresAUsernameIsRefusedEvenWithItsPasswordUntilTheWindowPasses() {
    String user = account();
    for (int i = 0; i < 3; i++) {
      assertThat(me(Api.basic(user, "wrong-password-" + i))).isEqualTo(401);
    }
    var refused = anonymous.as(Api.basic(user, PASSWORD)).get("/api/me");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 900L);
    assertThat(refused.json().get("detail").asString()).contains("too many failed sign-ins");
    assertThat(me(Api.basic(account(), PASSWORD)))
        .as("another username is not held back")
        .isEqualTo(200);

    jdbc.sql("update login_failure set failed_at = failed_at - interval '16' minute").update();
    assertThat(me(Api.basic(user, PASSWORD))).as("the failures left the window").isEqualTo(200);
  }

  @Test
  void aSuccessfulSignInClearsTheUsernamesFailures() {
    String user = account();
    for (int round = 0; round < 3; round++) {
      assertThat(me(Api.basic(user, "wrong-password"))).isEqualTo(401);
      assertThat(me(Api.basic(user, "wrong-password"))).isEqualTo(401);
      assertThat(me(Api.basic(user, PASSWORD))).isEqualTo(200);
    }
  }

  @Test
  void tooManyFailuresFromOneAddressHoldBackEveryUsernameFromIt() {
    for (int i = 0; i < 6; i++) {
      assertThat(me(Api.basic("nobody-" + i, "guess"))).isEqualTo(401);
    }
    assertThat(me(Api.basic(ADMIN, PASSWORD))).isEqualTo(429);
    assertThat(admin.get("/api/me").status())
        .as("a token already issued needs no password check")
        .isEqualTo(200);
  }

  @Test
  void failuresRacingEachOtherCannotGetMoreGuessesThanTheLimit() throws Exception {
    String user = account();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(20);
    try {
      List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String guess = "guess-" + i;
        answers.add(pool.submit(() -> me(Api.basic(user, guess))));
      }
      List<Integer> statuses = new ArrayList<>();
      for (var a : answers) {
        statuses.add(a.get());
      }
      assertThat(statuses).containsOnly(401, 429);
      long checked = statuses.stream().filter(s -> s == 401).count();
      assertThat(checked).as("passwords actually checked: %s", statuses).isLessThanOrEqualTo(3);
      // Racing attempts may refuse each other early; guessing on afterwards, the burst and the
      // later guesses together get exactly the limit, and then even the password is refused.
      for (int i = 0; i < 10 && me(Api.basic(user, "later-guess-" + i)) == 401; i++) {
        checked++;
      }
      assertThat(checked).isEqualTo(3);
    } finally {
      pool.shutdown();
    }
    assertThat(me(Api.basic(user, PASSWORD))).isEqualTo(429);
  }

  @Test
  void aTokenDoesNotMakeAnotherToken() {
    String bearer = anonymous.token(account(), PASSWORD);
    var r = anonymous.as(bearer).post("/api/auth/token", "{}");
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().get("detail").asString()).contains("a token does not make another");
  }

  @Test
  void theTokenEndpointCountsFailuresToo() {
    String user = account();
    for (int i = 0; i < 3; i++) {
      assertThat(anonymous.as(Api.basic(user, "nope")).post("/api/auth/token", "{}").status())
          .isEqualTo(401);
    }
    assertThat(anonymous.as(Api.basic(user, PASSWORD)).post("/api/auth/token", "{}").status())
        .isEqualTo(429);
  }

  @Test
  void aRevokedOrExpiredTokenNoLongerSignsIn() {
    String user = account();
    String revoked = anonymous.token(user, PASSWORD);
    assertThat(anonymous.as(revoked).delete("/api/auth/token").status()).isEqualTo(204);
    var r = anonymous.as(revoked).get("/api/me");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().get("detail").asString()).contains("unknown, expired or revoked");

    String expired = anonymous.token(user, PASSWORD);
    jdbc.sql("update api_token set expires_at = created_at").update();
    assertThat(me(expired)).isEqualTo(401);
    assertThat(me("Bearer not-a-token")).isEqualTo(401);
  }

  @Test
  void aDisabledAccountCannotSignInAndItsTokensStopWorking() {
    String user = account();
    String bearer = anonymous.token(user, PASSWORD);
    String id = anonymous.as(bearer).get("/api/me").json().get("accountId").asString();
    var r = admin.patch("/api/accounts/" + id, "{\"enabled\": false}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("enabled").asBoolean()).isFalse();
    assertThat(me(bearer)).isEqualTo(401);
    assertThat(me(Api.basic(user, PASSWORD))).isEqualTo(401);
  }

  @Test
  void changingYourPasswordNeedsTheCurrentOneAndSignsOutYourTokens() {
    String user = account();
    Api me = anonymous.as(anonymous.token(user, PASSWORD));
    var wrong =
        me.post(
            "/api/me/password",
            "{\"currentPassword\": \"not-it\", \"newPassword\": \"a-new-password-1\"}");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().get("errors").toString()).contains("currentPassword");
    var tooShort =
        me.post(
            "/api/me/password",
            "{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"short\"}");
    assertThat(tooShort.json().get("errors").toString()).contains("at least 12 characters");
    var changed =
        me.post(
            "/api/me/password",
            "{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"a-new-password-1\"}");
    assertThat(changed.status()).isEqualTo(204);
    assertThat(me.get("/api/me").status()).isEqualTo(401);
    assertThat(me(Api.basic(user, "a-new-password-1"))).isEqualTo(200);
  }

  private static String newAccount(String username, String password) {
    return "{\"username\": \""
        + username
        + "\", \"displayName\": \"Ffion\", \"password\": \""
        + password
        + "\", \"roles\": [\"ADMIN\"]}";
  }

  @Test
  void anAccountCannotBeCreatedWithOneOfTheMostCommonPasswords() {
    String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
    for (String weak : List.of("password1234", "            ", "aaaaaaaaaaaa", username + "!!")) {
      var r = admin.post("/api/accounts", newAccount(username, weak));
      assertThat(r.status()).as(weak).isEqualTo(400);
      assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
    }
    var common = admin.post("/api/accounts", newAccount(username, "password1234"));
    assertThat(common.json().get("errors").get(0).get("message").asString())
        .isEqualTo("is one of the most common passwords");
    assertThat(admin.get("/api/accounts").body()).doesNotContain(username);
  }

  @Test
  void anAdminCannotResetAPasswordToOneThatIsOnlySpaces() {
    String user = account();
    String id =
        jdbc.sql("select id from account where username = ?")
            .param(user)
            .query(String.class)
            .single();
    var r = admin.patch("/api/accounts/" + id, "{\"password\": \"              \"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").toString()).contains("password", "must not be only spaces");
    assertThat(me(Api.basic(user, PASSWORD))).as("the old password still works").isEqualTo(200);
  }

  @Test
  void aNewPasswordOfYourOwnThatIsOneOfTheMostCommonIsRefused() {
    String user = account();
    Api me = anonymous.as(anonymous.token(user, PASSWORD));
    var r =
        me.post(
            "/api/me/password",
            "{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"qwerty123456\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
    assertThat(r.json().get("errors").get(0).get("message").asString()).contains("common");
    assertThat(me(Api.basic(user, PASSWORD))).isEqualTo(200);
  }

  @Test
  void wrongCurrentPasswordsWhenChangingYourOwnCountAsFailedSignIns() {
    String user = account();
    Api stolen = anonymous.as(anonymous.token(user, PASSWORD));
    for (int i = 0; i < 3; i++) {
      var guess =
          stolen.post(
              "/api/me/password",
              "{\"currentPassword\": \"guess-number-"
                  + i
                  + "\", \"newPassword\": \"heron quartz kettle\"}");
      assertThat(guess.status()).isEqualTo(400);
    }
    var refused =
        stolen.post(
            "/api/me/password",
            "{\"currentPassword\": \""
                + PASSWORD
                + "\", \"newPassword\": \"heron quartz kettle\"}");
    assertThat(refused.status()).as("even the right password waits").isEqualTo(429);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 900L);
    assertThat(refused.json().get("detail").asString()).contains("try again in");
    assertThat(me(Api.basic(user, PASSWORD)))
        .as("the same count holds back sign-in, so the two do not add up to more guesses")
        .isEqualTo(429);

    jdbc.sql("update login_failure set failed_at = failed_at - interval '16' minute").update();
    var changed =
        stolen.post(
            "/api/me/password",
            "{\"currentPassword\": \""
                + PASSWORD
                + "\", \"newPassword\": \"heron quartz kettle\"}");
    assertThat(changed.status()).as("the failures left the window").isEqualTo(204);
  }

  @Test
  void theChangePasswordPageIsLimitedLikeSignInAndAnswers429WithRetryAfter() throws Exception {
    String user = account();
    HttpClient browser = signedInBrowser(user);
    HttpResponse<String> last = null;
    for (int i = 0; i < 4; i++) {
      last = postPasswordPage(browser, "guess-number-" + i, "heron quartz kettle");
      if (i < 3) {
        assertThat(last.statusCode()).isEqualTo(200);
        assertThat(last.body()).contains("is not this account&#39;s password");
      }
    }
    assertThat(last.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 900L);
    assertThat(last.body()).contains("Too many wrong passwords", "try again in");
  }

  @Test
  void thePagesThatSetAPasswordRefuseACommonOneBesideItsField() throws Exception {
    String user = account(); // an admin
    HttpClient browser = signedInBrowser(user);
    var own = postPasswordPage(browser, PASSWORD, "password1234");
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).contains("New password is one of the most common passwords");

    String base = "http://localhost:" + port;
    String page =
        browser
            .send(
                HttpRequest.newBuilder(URI.create(base + "/admin/accounts")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
    assertThat(csrf.find()).isTrue();
    var created =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/admin/accounts"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=page-made&displayName=Page+Made&password=aaaaaaaaaaaa"
                            + "&role=PLATFORM&_csrf="
                            + csrf.group(1)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(created.body())
        .contains("repeats the same characters or words", "There is a problem")
        .doesNotContain("Account &#39;page-made&#39; created");
  }

  private HttpResponse<String> postPasswordPage(HttpClient browser, String current, String next)
      throws Exception {
    String base = "http://localhost:" + port;
    String page =
        browser
            .send(
                HttpRequest.newBuilder(URI.create(base + "/account/password")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
    assertThat(csrf.find()).as(page).isTrue();
    return browser.send(
        HttpRequest.newBuilder(URI.create(base + "/account/password"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "currentPassword="
                        + URLEncoder.encode(current, StandardCharsets.UTF_8)
                        + "&newPassword="
                        + URLEncoder.encode(next, StandardCharsets.UTF_8)
                        + "&_csrf="
                        + csrf.group(1)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theLoginFormSignsABrowserInWithASessionThatKeepsCsrfProtection() throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String base = "http://localhost:" + port;
    HttpResponse<String> page =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/login")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("name=\"username\"").contains("name=\"password\"");
    Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
    assertThat(csrf.find()).isTrue();

    String form =
        "username="
            + ADMIN
            + "&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + csrf.group(1);
    HttpResponse<String> signedIn =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    // The form lands on the signed-in person's home page.
    assertThat(signedIn.headers().firstValue("Location").orElseThrow()).isEqualTo(base + "/");

    HttpResponse<String> me =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/api/me")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains(ADMIN);

    HttpResponse<String> forged =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/api/centres"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Forged\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode())
        .as("a session request without the CSRF token is refused")
        .isEqualTo(403);
    assertThat(forged.body()).contains("CSRF token");
  }

  @Test
  void aLoginFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "username=" + ADMIN + "&password=" + PASSWORD))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode())
        .as("no signing a victim's browser in as someone else")
        .isEqualTo(403);
  }

  @Test
  void disablingAnAccountOrChangingItsPasswordEndsItsBrowserSessions() throws Exception {
    for (String change : List.of("{\"enabled\": false}", "{\"password\": \"reset-by-admin-1\"}")) {
      String user = account();
      HttpClient browser = signedInBrowser(user);
      assertThat(browserGet(browser, "/api/me")).isEqualTo(200);
      String id = accountId(user);
      assertThat(admin.patch("/api/accounts/" + id, change).status()).isEqualTo(200);
      assertThat(browserGet(browser, "/api/me")).as(change).isEqualTo(401);
    }
  }

  private String accountId(String username) {
    for (var a : admin.get("/api/accounts").json()) {
      if (a.get("username").asString().equals(username)) {
        return a.get("id").asString();
      }
    }
    throw new AssertionError("no account " + username);
  }

  private int browserGet(HttpClient browser, String path) throws Exception {
    return browser
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  /** A browser (cookies kept) signed in through the login form. */
  private HttpClient signedInBrowser(String username) throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String base = "http://localhost:" + port;
    String page =
        browser
            .send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
    assertThat(csrf.find()).isTrue();
    var r =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username="
                            + username
                            + "&password="
                            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                            + "&_csrf="
                            + csrf.group(1)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.headers().firstValue("Location").orElseThrow()).isEqualTo(base + "/");
    return browser;
  }

  @Test
  void aBrowserThatIsNotSignedInIsSentToTheLoginForm() throws Exception {
    HttpResponse<String> r =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                    .header("Accept", "text/html,application/xhtml+xml")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login");
  }
}
