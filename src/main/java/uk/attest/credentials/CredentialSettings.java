package uk.attest.credentials;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Open Badges credentials (attest.credentials.*): the issuer's JWK set file (keys), the public
 * address the issuer, key and status URLs are built on (base-url), and the name of the issuing
 * service's own profile (issuer-name). Without a keys file, dev and test use ./data's, made once.
 */
@ConfigurationProperties("attest.credentials")
record CredentialSettings(
    Path keys,
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue("Attest") String issuerName) {

  static final Path DEV_KEYS = Path.of("data", "credentials-keys.json");

  CredentialSettings {
    // An empty setting (ATTEST_CREDENTIALS_KEYS="") means no file, not the current directory.
    if (keys != null && keys.toString().isBlank()) {
      keys = null;
    }
    baseUrl = baseUrl.replaceAll("/+$", "");
  }

  String issuerUrl() {
    return baseUrl + "/credentials/issuer";
  }

  /** One centre's issuer profile: the centre awards the achievement, Attest signs for it. */
  String issuerUrl(String centreId) {
    return issuerUrl() + "?centre=" + centreId;
  }

  String jwksUrl() {
    return baseUrl + "/credentials/jwks.json";
  }

  String statusUrl(String credentialId) {
    return baseUrl + "/credentials/status/" + credentialId;
  }
}
