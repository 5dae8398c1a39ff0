package uk.attest.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.attest.Api;
import uk.attest.cli.Cli;
import uk.attest.evidence.Judgements;
import uk.attest.evidence.Judgements.JudgementRequest;
import uk.attest.evidence.LearnerAssessments;
import uk.attest.learners.PeopleService;
import uk.attest.shared.Actor;

/**
 * Open Badges 3.0 as an employer meets them: the demo READY learner's credentials, downloaded over
 * the API, verified offline by the CLI and by an independent Python verifier against the published
 * key; an edited one fails; one whose unit is withdrawn shows revoked.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "attest.demo-data.enabled=true",
      "attest.credentials.keys=target/credentials-test/keys.json",
      "spring.datasource.url=jdbc:h2:mem:credentials-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class OpenBadgeCredentialsTest {
  private static final String READY = "lrn_demo_ready";
  private static final String DEMO_PASSWORD = "attest-demo-password";
  private static final Actor SYSTEM = Actor.system("test");

  @LocalServerPort int port;
  @Autowired Credentials credentials;
  @Autowired Judgements judgements;
  @Autowired LearnerAssessments assessments;
  @Autowired PeopleService people;
  @TempDir Path temp;
  Api anyone;
  Api learner;

  @BeforeEach
  void signIn() {
    anyone = new Api(port);
    learner = anyone.as(anyone.token("learner.ready.demo", DEMO_PASSWORD));
  }

  @Test
  void theDemoReadyLearnerGetsAQualificationCredentialThatVerifiesWithTheCli() throws Exception {
    JsonNode certificate = certificateOf(READY);
    Path jwt = download(certificate);
    Path keys = publishedKeys();

    Run run = cli("verify-credential", jwt.toString(), "--keys", keys.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("OK: ")
        .contains(
            certificate.get("credential").at("/credentialSubject/achievement/name").asString());
  }

  @Test
  void theCredentialNamesTheAchievementItsCriteriaEvidenceAndVersionsButNotTheUln() {
    JsonNode certificate = certificateOf(READY);
    JsonNode vc = certificate.get("credential");
    assertThat(vc.propertyNames()).first().as("the JSON as signed, in order").isEqualTo("@context");

    assertThat(strings(vc.get("@context")))
        .containsExactly(
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    assertThat(strings(vc.get("type")))
        .containsExactly("VerifiableCredential", "OpenBadgeCredential");
    assertThat(vc.get("id").asString()).startsWith("urn:uuid:");
    assertThat(vc.at("/issuer/id").asString()).endsWith("/credentials/issuer?centre=ctr_demo");
    JsonNode achievement = vc.at("/credentialSubject/achievement");
    assertThat(achievement.get("achievementType").asString()).isEqualTo("Certificate");
    assertThat(achievement.at("/criteria/narrative").asString()).contains("- unit ");
    assertThat(strings(achievement.get("tag")))
        .anySatisfy(t -> assertThat(t).startsWith("attest-catalogue:"))
        .anySatisfy(t -> assertThat(t).startsWith("attest-ruleset:"));
    JsonNode identifier = vc.at("/credentialSubject/identifier/0");
    assertThat(identifier.get("type").asString()).isEqualTo("IdentityObject");
    assertThat(identifier.get("hashed").asBoolean()).isTrue();
    assertThat(identifier.get("identityHash").asString()).startsWith("sha256$");
    assertThat(vc.get("evidence")).isNotEmpty();
    assertThat(vc.get("evidence").get(0).propertyNames()).containsExactly("id", "type", "name");

    String uln = people.learner(SYSTEM, READY).uln();
    String payload =
        new String(
            Base64.getUrlDecoder().decode(certificate.get("jwt").asString().split("\\.")[1]),
            StandardCharsets.UTF_8);
    assertThat(payload).doesNotContain(uln).contains("\"vc\"", "\"jti\"", "\"nbf\"", "\"iss\"");
  }

  @Test
  void eachAchievedUnitAndEachCompetencyShownAtItsRequiredProficiencyHasACredentialToo() {
    JsonNode list = learner.get("/api/learners/" + READY + "/credentials").json();
    List<String> types = list.valueStream().map(c -> c.get("achievementType").asString()).toList();

    assertThat(types).contains("Unit", "Competency", "Certificate");
    JsonNode competency =
        list.valueStream()
            .filter(c -> c.get("achievementType").asString().equals("Competency"))
            .findFirst()
            .orElseThrow();
    assertThat(competency.get("achievementName").asString()).contains(" at ");
    assertThat(
            CredentialVerifier.verify(
                    competency.get("jwt").asString(),
                    anyone.get("/credentials/jwks.json").body(),
                    java.time.Instant.now())
                .verified())
        .isTrue();
  }

  @Test
  void askingAgainGivesTheSameCredentialsNotNewOnes() {
    List<String> first = ids(learner.get("/api/learners/" + READY + "/credentials").json());
    List<String> second = ids(learner.get("/api/learners/" + READY + "/credentials").json());

    assertThat(first).isNotEmpty().isEqualTo(second);
  }

  @Test
  void anEditedCredentialFailsNamingTheSignature() throws Exception {
    String jwt = Files.readString(download(certificateOf(READY)));
    String[] parts = jwt.split("\\.");
    // One character of the payload changed, still valid base64url so only the signature can tell.
    int at = parts[1].length() / 2;
    char changed = parts[1].charAt(at) == 'A' ? 'B' : 'A';
    parts[1] = parts[1].substring(0, at) + changed + parts[1].substring(at + 1);
    Path edited = temp.resolve("edited.jwt");
    Files.writeString(edited, String.join(".", parts));

    Run run = cli("verify-credential", edited.toString(), "--keys", publishedKeys().toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("signature: does not verify with key");
    assertThat(run.out()).doesNotContain("OK");
  }

  @Test
  void aLearnerWhoseUnitIsNoLongerAchievedSeesThatCredentialRevoked() {
    String learnerId = "lrn_demo_level6";
    var unit =
        credentials.list(SYSTEM, learnerId).stream()
            .filter(c -> c.achievementType().equals("Unit"))
            .findFirst()
            .orElseThrow();
    assertThat(anyone.get("/credentials/status/" + unit.id()).json().get("revoked").asBoolean())
        .isFalse();

    referTheOnlyEvidenceOfOneCriterion(learnerId, unit.achievementId());

    JsonNode status = anyone.get("/credentials/status/" + unit.id()).json();
    assertThat(status.get("revoked").asBoolean()).isTrue();
    assertThat(status.get("reason").asString()).contains("no longer shows", "as achieved");
    assertThat(credentials.list(SYSTEM, learnerId))
        .filteredOn(c -> c.id().equals(unit.id()))
        .singleElement()
        .satisfies(c -> assertThat(c.revoked()).isTrue());
  }

  @Test
  void theIssuerAndItsPublicKeysArePublishedWithoutSigningInAndHoldNoPrivateKey() {
    Api.Response keys = anyone.get("/credentials/jwks.json");
    assertThat(keys.status()).isEqualTo(200);
    assertThat(keys.json().get("keys")).isNotEmpty();
    keys.json()
        .get("keys")
        .forEach(
            k -> {
              assertThat(k.get("kty").asString()).isEqualTo("EC");
              assertThat(k.has("d")).as("private part").isFalse();
            });
    JsonNode issuer = anyone.get("/credentials/issuer?centre=ctr_demo").json();
    assertThat(strings(issuer.get("type"))).containsExactly("Profile");
    assertThat(issuer.get("id").asString()).endsWith("/credentials/issuer?centre=ctr_demo");
    assertThat(anyone.get("/credentials/issuer").status()).isEqualTo(200);
    assertThat(anyone.get("/api/learners/" + READY + "/credentials").status()).isEqualTo(401);
  }

  @Test
  void theLearnersPageLinksToEachCredentialToDownload() {
    Api browser = anyone.as(Api.basic("learner.ready.demo", DEMO_PASSWORD));
    JsonNode certificate = certificateOf(READY);

    assertThat(browser.get("/learners/" + READY).body())
        .contains("/learners/" + READY + "/credentials");
    Api.Response page = browser.get("/learners/" + READY + "/credentials");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains(certificate.get("download").asString())
        .contains("Qualification: " + certificate.get("achievementName").asString());
  }

  @Test
  void anotherLearnerCannotListTheseCredentials() {
    Api other = anyone.as(anyone.token("learner.halfway.demo", DEMO_PASSWORD));

    assertThat(other.get("/api/learners/" + READY + "/credentials").status()).isEqualTo(404);
  }

  @Test
  void anIndependentPythonVerifierAcceptsTheSignatureAgainstThePublishedKey() throws Exception {
    assumeTrue(
        python("-c", "import cryptography").exit() == 0,
        "skipped: python3 with the cryptography package is not installed here");
    Path jwt = download(certificateOf(READY));
    Path keys = publishedKeys();

    Run run = python("src/test/resources/credentials/verify.py", jwt.toString(), keys.toString());

    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).startsWith("OK ");
  }

  private void referTheOnlyEvidenceOfOneCriterion(String learnerId, String achievementKey) {
    var assessment = assessments.current(SYSTEM, learnerId, assessments.today());
    var unit =
        assessment.qualification().units().stream()
            .filter(u -> achievementKey.endsWith("#unit-" + u.id()))
            .findFirst()
            .orElseThrow();
    String evidenceId =
        unit.criteria().stream()
            .filter(c -> c.evidence().size() == 1)
            .map(c -> c.evidence().get(0))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no criterion of the unit rests on one item"));
    judgements.judge(
        SYSTEM,
        evidenceId,
        null,
        new JudgementRequest("REFERRED", null, "withdrawn for the test", "asr_demo", null));
  }

  private JsonNode certificateOf(String learnerId) {
    Api.Response r = learner.get("/api/learners/" + learnerId + "/credentials");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    for (JsonNode c : r.json()) {
      if (c.get("achievementType").asString().equals("Certificate")) {
        return c;
      }
    }
    throw new AssertionError("no qualification credential in " + r.body());
  }

  private Path download(JsonNode credential) throws Exception {
    Api.Response r = learner.get(credential.get("download").asString());
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(credential.get("jwt").asString());
    return Files.writeString(temp.resolve("credential.jwt"), r.body());
  }

  private Path publishedKeys() throws Exception {
    return Files.writeString(
        temp.resolve("jwks.json"), anyone.get("/credentials/jwks.json").body());
  }

  private static List<String> ids(JsonNode list) {
    return list.valueStream().map(c -> c.get("id").asString()).toList();
  }

  private static List<String> strings(JsonNode array) {
    return array.valueStream().map(JsonNode::asString).toList();
  }

  record Run(int exit, String out, String err) {}

  private static Run cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Cli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Run python(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("python3"));
    command.addAll(List.of(args));
    Process p;
    try {
      p = new ProcessBuilder(command).start();
    } catch (java.io.IOException e) {
      return new Run(127, "", e.getMessage());
    }
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new Run(124, "", "timed out");
    }
    return new Run(
        p.exitValue(),
        new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
        new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }
}
