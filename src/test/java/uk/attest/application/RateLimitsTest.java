package uk.attest.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.attest.Api;

/**
 * The limits on what one caller may ask for: texts to suggest criteria for, per account, and the
 * public credential status, per address. Past the limit the answer is 429 with Retry-After, and
 * other callers are not affected.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "attest.demo-data.enabled=true",
      "attest.limits.suggestions-per-minute=2",
      "attest.limits.credential-status-per-minute=2",
      "attest.credentials.keys=target/rate-limits-test/keys.json",
      "spring.datasource.url=jdbc:h2:mem:rate-limits-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class RateLimitsTest {
  private static final String DEMO_PASSWORD = "attest-demo-password";
  private static final String TEXT =
      "{\"text\": \"I reviewed our fraud screening rules with the payments team.\"}";

  @LocalServerPort int port;

  @Test
  void anAccountPastItsLimitOfTextsToSuggestForIsToldWhenToTryAgain() {
    Api anyone = new Api(port);
    Api assessor = anyone.as(anyone.token("assessor.demo", DEMO_PASSWORD));
    Api learner = anyone.as(anyone.token("learner.halfway.demo", DEMO_PASSWORD));

    assertThat(assessor.post("/api/suggestions", TEXT).status()).isEqualTo(200);
    assertThat(assessor.post("/api/suggestions", TEXT).status()).isEqualTo(200);
    Api.Response refused = assessor.post("/api/suggestions", TEXT);

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.json().get("detail").asString())
        .startsWith("too many suggestions for a text: at most 2 in a minute; try again in");
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
    assertThat(learner.post("/api/suggestions", TEXT).status())
        .as("another account")
        .isEqualTo(200);
  }

  @Test
  void oneAddressPastItsLimitOfCredentialStatusChecksIsToldWhenToTryAgain() {
    Api anyone = new Api(port);
    String status = "/credentials/status/urn:uuid:00000000-0000-0000-0000-000000000000";

    assertThat(anyone.get(status).status()).isEqualTo(404);
    assertThat(anyone.get(status).status()).isEqualTo(404);
    Api.Response refused = anyone.get(status);

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.json().get("detail").asString())
        .startsWith("too many credential status checks: at most 2 in a minute");
    assertThat(refused.header("Retry-After")).isNotNull();
  }
}
