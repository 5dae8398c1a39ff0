package uk.attest.credentials;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The issuer's signing keys: a JWK set of P-256 keys read from attest.credentials.keys. The newest
 * (by its "iat", else the last in the file) signs; every key is published, so credentials signed
 * before a rotation still verify. Production refuses to start without the file; dev and test make
 * one key once, in ./data/credentials-keys.json, and keep using it.
 */
@Component
class IssuerKeys {
  private static final Logger LOG = LoggerFactory.getLogger(IssuerKeys.class);

  private final JWKSet keys;
  private final ECKey signing;

  IssuerKeys(CredentialSettings settings, Environment environment, Clock clock) {
    boolean production =
        Arrays.stream(environment.getActiveProfiles())
            .anyMatch(p -> p.equals("production") || p.equals("prod"));
    this.keys = load(settings.keys(), production, clock);
    this.signing = newest(keys);
  }

  static JWKSet load(Path configured, boolean production, Clock clock) {
    if (configured == null && production) {
      throw new KeysRefused(
          "Refusing to start: production signs Open Badges credentials with configured keys, and"
              + " attest.credentials.keys is not set.",
          "Set ATTEST_CREDENTIALS_KEYS to a JWK set file holding the issuer's P-256 private key(s)"
              + " (kty EC, crv P-256, with kid and d). Keep it out of the repository; add a new key"
              + " to rotate, and keep the old ones so earlier credentials still verify.");
    }
    Path file = configured != null ? configured : CredentialSettings.DEV_KEYS;
    if (!Files.exists(file)) {
      if (production) {
        throw new KeysRefused(
            "Refusing to start: the credentials key file " + file + " does not exist.",
            "Point attest.credentials.keys (ATTEST_CREDENTIALS_KEYS) at the issuer's JWK set.");
      }
      return generate(file, clock);
    }
    try {
      JWKSet set = JWKSet.load(file.toFile());
      List<JWK> usable =
          set.getKeys().stream().filter(k -> k instanceof ECKey && k.isPrivate()).toList();
      if (usable.isEmpty()) {
        throw new KeysRefused(
            "Refusing to start: " + file + " holds no P-256 private key to sign credentials with.",
            "Add an EC P-256 key with its private part (d) and a kid to the JWK set.");
      }
      return set;
    } catch (IOException | ParseException e) {
      throw new KeysRefused(
          "Refusing to start: the credentials key file "
              + file
              + " cannot be read: "
              + e.getMessage(),
          "Give attest.credentials.keys a readable JWK set (JSON with a \"keys\" array).");
    }
  }

  private static JWKSet generate(Path file, Clock clock) {
    try {
      ECKey key =
          new ECKeyGenerator(Curve.P_256)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.ES256)
              .issueTime(Date.from(clock.instant()))
              .keyIDFromThumbprint(true)
              .generate();
      JWKSet set = new JWKSet(key);
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, set.toString(false), StandardCharsets.UTF_8);
      LOG.info("Made an issuer key for Open Badges credentials in {} (dev and test only)", file);
      return set;
    } catch (JOSEException | IOException e) {
      throw new KeysRefused(
          "Refusing to start: cannot write a new credentials key to "
              + file
              + ": "
              + e.getMessage(),
          "Make ./data writable, or set attest.credentials.keys to an existing JWK set.");
    }
  }

  static ECKey newest(JWKSet set) {
    List<ECKey> ec =
        set.getKeys().stream()
            .filter(k -> k instanceof ECKey && k.isPrivate())
            .map(k -> (ECKey) k)
            .toList();
    // Stable sort: keys without an issue time keep their order, so the last in the file wins.
    return ec.stream()
        .sorted(
            Comparator.comparing(
                (ECKey k) -> k.getIssueTime() == null ? 0L : k.getIssueTime().getTime()))
        .reduce((first, second) -> second)
        .orElseThrow();
  }

  ECKey signing() {
    return signing;
  }

  /** Every key's public part, for /credentials/jwks.json. */
  JWKSet published() {
    return keys.toPublicJWKSet();
  }
}
