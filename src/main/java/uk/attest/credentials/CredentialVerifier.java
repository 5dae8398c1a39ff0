package uk.attest.credentials;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Verifies an Open Badges VC-JWT offline, given the issuer's published keys: the ES256 signature
 * against the key its kid names, the VC and Open Badges contexts and types, and a validFrom that
 * has come. Names each check that fails; the signature is checked first, on the bytes as received.
 */
public final class CredentialVerifier {
  private CredentialVerifier() {}

  /** The outcome: verified with the achievement's name, or the checks that failed. */
  public record Result(boolean verified, String achievement, List<String> failures) {}

  /** Verifies against the key file's text (a JWK set, as /credentials/jwks.json publishes). */
  public static Result verify(String compact, String jwks, Instant now) {
    JWKSet keys;
    try {
      keys = JWKSet.parse(jwks);
    } catch (ParseException e) {
      return failed("keys: not a JWK set: " + e.getMessage());
    }
    return verify(compact, keys, now);
  }

  public static Result verify(String compact, JWKSet keys, Instant now) {
    SignedJWT jwt;
    try {
      jwt = SignedJWT.parse(compact.strip());
    } catch (ParseException e) {
      return failed("not a signed JWT (header.payload.signature): " + e.getMessage());
    }
    if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
      return failed("algorithm: expected ES256, the header says " + jwt.getHeader().getAlgorithm());
    }
    String kid = jwt.getHeader().getKeyID();
    if (kid == null) {
      return failed("key: the header names no kid");
    }
    JWK key = keys.getKeyByKeyId(kid);
    if (!(key instanceof ECKey ec)) {
      return failed("key: the key file has no EC key with kid " + kid);
    }
    try {
      if (!jwt.verify(new ECDSAVerifier(ec.toPublicJWK()))) {
        return failed(
            "signature: does not verify with key "
                + kid
                + " (the credential was changed after signing, or another key signed it)");
      }
    } catch (JOSEException e) {
      return failed("signature: cannot be checked with key " + kid + ": " + e.getMessage());
    }
    Map<String, Object> vc;
    try {
      vc = jwt.getJWTClaimsSet().getJSONObjectClaim("vc");
    } catch (ParseException e) {
      return failed("payload: not a JWT claims set: " + e.getMessage());
    }
    if (vc == null) {
      return failed("payload: no \"vc\" claim holding the credential");
    }
    List<String> failures = new ArrayList<>();
    for (String context : List.of(OpenBadge.VC_CONTEXT, OpenBadge.OB_CONTEXT)) {
      if (!strings(vc.get("@context")).contains(context)) {
        failures.add("@context: " + context + " is missing");
      }
    }
    for (String type : OpenBadge.TYPES) {
      if (!strings(vc.get("type")).contains(type)) {
        failures.add("type: " + type + " is missing");
      }
    }
    Object validFrom = vc.get("validFrom");
    try {
      if (validFrom == null) {
        failures.add("validFrom: missing");
      } else if (Instant.parse(validFrom.toString()).isAfter(now)) {
        failures.add("validFrom: " + validFrom + " is in the future");
      }
    } catch (DateTimeParseException e) {
      failures.add("validFrom: " + validFrom + " is not a date-time");
    }
    String name = achievementName(vc);
    if (name == null) {
      failures.add("credentialSubject.achievement.name: missing");
    }
    return new Result(failures.isEmpty(), name, List.copyOf(failures));
  }

  private static Result failed(String failure) {
    return new Result(false, null, List.of(failure));
  }

  private static List<String> strings(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return value == null ? List.of() : List.of(value.toString());
  }

  private static String achievementName(Map<String, Object> vc) {
    if (vc.get("credentialSubject") instanceof Map<?, ?> subject
        && subject.get("achievement") instanceof Map<?, ?> achievement
        && achievement.get("name") instanceof String name) {
      return name;
    }
    return null;
  }
}
