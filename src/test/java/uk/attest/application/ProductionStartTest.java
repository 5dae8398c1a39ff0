package uk.attest.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.attest.AttestApplication;
import uk.attest.TestPostgres;
import uk.attest.accounts.Accounts;

/**
 * Demo accounts have published passwords: under the production profile the service refuses to start
 * while the demo data is on or any demo account can still sign in, and it creates the first admin
 * from settings instead.
 */
class ProductionStartTest {
  /** Production signs credentials with a configured key; the tests share one, made once. */
  private static final String ISSUER_KEYS = issuerKeys();

  private static String issuerKeys() {
    try {
      java.nio.file.Path file = java.nio.file.Path.of("target", "production-start", "keys.json");
      if (!java.nio.file.Files.exists(file)) {
        java.nio.file.Files.createDirectories(file.getParent());
        var key =
            new com.nimbusds.jose.jwk.gen.ECKeyGenerator(com.nimbusds.jose.jwk.Curve.P_256)
                .keyID("production-test")
                .generate();
        java.nio.file.Files.writeString(
            file, new com.nimbusds.jose.jwk.JWKSet(key).toString(false));
      }
      return file.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The PostgreSQL schemas the tests made, dropped at the end. */
  private static final List<String> SCHEMAS = new CopyOnWriteArrayList<>();

  /** Starts the service on PostgreSQL (production runs on nothing else) in the given schema. */
  private static ConfigurableApplicationContext start(String schema, String... settings) {
    // As command-line arguments: they outrank every properties file, as an operator's would.
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--spring.datasource.url=" + TestPostgres.URL + "?currentSchema=" + schema,
                "--spring.datasource.username=" + TestPostgres.USER,
                "--spring.datasource.password=",
                "--spring.flyway.schemas=" + schema));
    // A setting given twice on the command line is joined with a comma, so it is added only once.
    if (java.util.Arrays.stream(settings).noneMatch(s -> s.startsWith("attest.credentials.keys"))) {
      args.add("--attest.credentials.keys=" + ISSUER_KEYS);
    }
    for (String setting : settings) {
      args.add("--" + setting);
    }
    return new SpringApplicationBuilder(AttestApplication.class).run(args.toArray(String[]::new));
  }

  private static String database() {
    String schema = TestPostgres.schema("production");
    SCHEMAS.add(schema);
    return schema;
  }

  @AfterAll
  static void dropSchemas() throws Exception {
    for (String schema : SCHEMAS) {
      TestPostgres.drop(schema);
    }
  }

  @Test
  void theProductionProfileRefusesToRunOnH2() {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(AttestApplication.class)
                    .run(
                        "--server.port=0",
                        "--spring.profiles.active=production",
                        "--spring.datasource.url=jdbc:h2:mem:production-h2;MODE=PostgreSQL",
                        "--attest.first-admin.username=first.admin",
                        "--attest.first-admin.password=a-long-enough-secret"))
        .hasStackTraceContaining("Refusing to start: the production profile runs on PostgreSQL");
  }

  @Test
  void theProductionProfileRefusesToStartWithoutTheCredentialsKeysSayingWhatToSet() {
    assertThatThrownBy(
            () ->
                start(
                    database(),
                    "spring.profiles.active=production",
                    "attest.credentials.keys=",
                    "attest.first-admin.username=first.admin",
                    "attest.first-admin.password=a-long-enough-secret"))
        .hasStackTraceContaining(
            "Refusing to start: production signs Open Badges credentials with configured keys,"
                + " and attest.credentials.keys is not set");
  }

  @Test
  void theProductionProfileRefusesToStartWithTheDemoDataOn() {
    assertThatThrownBy(
            () ->
                start(
                    database(),
                    "spring.profiles.active=production",
                    "attest.demo-data.enabled=true"))
        .hasStackTraceContaining("Refusing to start: attest.demo-data.enabled=true");
  }

  @Test
  void theProductionProfileRefusesADatabaseWhoseDemoAccountsCanStillSignIn() {
    String database = database();
    try (var demo = start(database, "attest.demo-data.enabled=true")) {
      assertThat(demo.getBean(Accounts.class).anyDemo()).isTrue();
    }
    assertThatThrownBy(() -> start(database, "spring.profiles.active=production"))
        .hasStackTraceContaining("this database has demo accounts that can still sign in");
  }

  @Test
  void theProductionProfileStartsWithoutDemoDataAndMakesTheFirstAdmin() {
    try (var production =
        start(
            database(),
            "spring.profiles.active=production",
            "attest.first-admin.username=first.admin",
            "attest.first-admin.password=a-long-enough-secret")) {
      Accounts accounts = production.getBean(Accounts.class);
      assertThat(accounts.anyDemo()).isFalse();
      var admin = accounts.forSignIn("first.admin").orElseThrow();
      assertThat(admin.getKey().roles()).containsExactly(uk.attest.shared.Role.ADMIN);
      assertThat(admin.getValue()).startsWith("{argon2}$argon2id$");
    }
  }

  @Test
  void theFirstAdminsPasswordMustPassThePasswordPolicyOrTheServiceRefusesToStart() {
    assertThatThrownBy(
            () ->
                start(
                    database(),
                    "spring.profiles.active=production",
                    "attest.first-admin.username=first.admin",
                    "attest.first-admin.password=password1234"))
        .hasStackTraceContaining("Refusing to start: the first admin cannot be created")
        .hasStackTraceContaining("password is one of the most common passwords");
  }

  @Test
  void anEmptyDatabaseWithNoFirstAdminSetRefusesToStartSayingWhatToSet() {
    assertThatThrownBy(() -> start(database(), "spring.profiles.active=production"))
        .hasStackTraceContaining("Refusing to start: this database has no accounts")
        .satisfies(
            e -> {
              var refused = e;
              while (!(refused instanceof StartupRefused) && refused.getCause() != null) {
                refused = refused.getCause();
              }
              assertThat(new StartupRefused.Analyzer().analyze(refused).getAction())
                  .contains("attest.first-admin.username", "ATTEST_FIRST_ADMIN_PASSWORD");
            });
  }

  private static HttpResponse<String> get(ConfigurableApplicationContext app, String path)
      throws Exception {
    String port = app.getEnvironment().getProperty("local.server.port");
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void underTheProductionProfileTheSessionCookieIsSecureAndTheApiDescriptionIsOff()
      throws Exception {
    try (var production =
        start(
            database(),
            "spring.profiles.active=production",
            "attest.first-admin.username=first.admin",
            "attest.first-admin.password=a-long-enough-secret")) {
      var signIn = get(production, "/login");
      assertThat(signIn.statusCode()).isEqualTo(200);
      assertThat(signIn.headers().allValues("Set-Cookie"))
          .anySatisfy(
              c -> assertThat(c).startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));
      assertThat(get(production, "/v3/api-docs").statusCode()).isEqualTo(404);
      assertThat(get(production, "/swagger-ui.html").statusCode()).isEqualTo(404);
      assertThat(get(production, "/swagger-ui/index.html").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void theShortProdProfileGetsTheProductionSettingsToo() throws Exception {
    try (var prod =
        start(
            database(),
            "spring.profiles.active=prod",
            "attest.first-admin.username=first.admin",
            "attest.first-admin.password=a-long-enough-secret")) {
      assertThat(get(prod, "/login").headers().allValues("Set-Cookie"))
          .anySatisfy(c -> assertThat(c).containsIgnoringCase("; Secure"));
      assertThat(get(prod, "/v3/api-docs").statusCode()).isEqualTo(404);
      assertThat(prod.getBean(Accounts.class).anyDemo()).isFalse();
    }
  }

  @Test
  void underTheProductionProfileTheApiDescriptionIsPublishedOnlyWhenSwitchedOn() throws Exception {
    try (var production =
        start(
            database(),
            "spring.profiles.active=production",
            "attest.api-docs.enabled=true",
            "attest.first-admin.username=first.admin",
            "attest.first-admin.password=a-long-enough-secret")) {
      assertThat(get(production, "/v3/api-docs").statusCode()).isEqualTo(200);
      assertThat(get(production, "/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void underTheProductionProfileADisabledDemoAccountCannotBeEnabledAgain() {
    String database = database();
    try (var demo = start(database, "attest.demo-data.enabled=true")) {
      Accounts accounts = demo.getBean(Accounts.class);
      var system = uk.attest.shared.Actor.system("test");
      accounts.list(system).stream()
          .filter(uk.attest.accounts.Account::demo)
          .forEach(a -> accounts.change(system, a.id(), new Accounts.AccountChange(false, null)));
    }
    try (var production = start(database, "spring.profiles.active=production")) {
      Accounts accounts = production.getBean(Accounts.class);
      var system = uk.attest.shared.Actor.system("test");
      var admin = accounts.forSignIn("admin.demo").orElseThrow().getKey();
      assertThatThrownBy(
              () -> accounts.change(system, admin.id(), new Accounts.AccountChange(true, null)))
          .isInstanceOf(uk.attest.shared.InvalidInputException.class)
          .hasMessageContaining("stays disabled under the production profile");
    }
  }
}
