package uk.attest.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The issuer's keys: configured in production, made once in dev, rotated by adding a newer one. */
class IssuerKeysTest {
  private static final Clock CLOCK = Clock.systemUTC();
  @TempDir Path temp;

  @Test
  void productionWithoutAKeyFileRefusesToStartSayingWhatToSet() {
    assertThatThrownBy(() -> IssuerKeys.load(null, true, CLOCK))
        .isInstanceOf(KeysRefused.class)
        .hasMessageContaining("attest.credentials.keys is not set");
    assertThatThrownBy(() -> IssuerKeys.load(temp.resolve("missing.json"), true, CLOCK))
        .isInstanceOf(KeysRefused.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void devMakesAKeyOnceAndKeepsUsingIt() {
    Path file = temp.resolve("data/credentials-keys.json");

    ECKey first = IssuerKeys.newest(IssuerKeys.load(file, false, CLOCK));
    ECKey again = IssuerKeys.newest(IssuerKeys.load(file, false, CLOCK));

    assertThat(Files.exists(file)).isTrue();
    assertThat(again.getKeyID()).isEqualTo(first.getKeyID());
  }

  @Test
  void afterARotationTheNewestKeySignsAndEveryKeyStillVerifies() throws Exception {
    ECKey old = key("old", Instant.parse("2025-01-01T00:00:00Z"));
    ECKey newer = key("new", Instant.parse("2026-06-01T00:00:00Z"));
    Path file =
        Files.writeString(
            temp.resolve("keys.json"), new JWKSet(List.of(newer, old)).toString(false));
    JWKSet set = IssuerKeys.load(file, true, CLOCK);
    Map<String, Object> vc = credential();

    String signedByOld = VcJwt.sign(vc, old);
    String signedByNew = VcJwt.sign(vc, IssuerKeys.newest(set));

    assertThat(IssuerKeys.newest(set).getKeyID()).isEqualTo("new");
    JWKSet published = set.toPublicJWKSet();
    assertThat(CredentialVerifier.verify(signedByOld, published, Instant.now()).verified())
        .isTrue();
    assertThat(CredentialVerifier.verify(signedByNew, published, Instant.now()).verified())
        .isTrue();
  }

  @Test
  void aCredentialValidOnlyFromTomorrowIsNamedAsNotYetValid() throws Exception {
    ECKey key = key("k", Instant.now());
    String jwt = VcJwt.sign(credential(), key);

    var result =
        CredentialVerifier.verify(
            jwt, new JWKSet(key.toPublicJWK()), Instant.parse("2020-01-01T00:00:00Z"));

    assertThat(result.verified()).isFalse();
    assertThat(result.failures())
        .singleElement()
        .asString()
        .startsWith("validFrom:")
        .contains("future");
  }

  @Test
  void aKeyFileWithoutTheSigningKidIsNamed() throws Exception {
    String jwt = VcJwt.sign(credential(), key("k", Instant.now()));

    var result =
        CredentialVerifier.verify(jwt, new JWKSet(key("other", Instant.now())), Instant.now());

    assertThat(result.failures()).containsExactly("key: the key file has no EC key with kid k");
  }

  private static ECKey key(String kid, Instant issued) throws Exception {
    return new ECKeyGenerator(Curve.P_256)
        .keyID(kid)
        .algorithm(JWSAlgorithm.ES256)
        .issueTime(Date.from(issued))
        .generate();
  }

  private static Map<String, Object> credential() {
    return Map.of(
        "@context",
        List.of(OpenBadge.VC_CONTEXT, OpenBadge.OB_CONTEXT),
        "id",
        "urn:uuid:00000000-0000-0000-0000-000000000001",
        "type",
        OpenBadge.TYPES,
        "issuer",
        Map.of("id", "https://attest.example/credentials/issuer", "name", "A centre"),
        "validFrom",
        "2026-01-01T00:00:00Z",
        "credentialSubject",
        Map.of("id", "urn:uuid:x", "achievement", Map.of("name", "A unit")));
  }
}
