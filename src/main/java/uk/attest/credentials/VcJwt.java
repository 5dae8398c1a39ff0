package uk.attest.credentials;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * A credential signed as a VC-JWT (the VC data model's JWT encoding, as Open Badges 3.0 §8.2 uses
 * it): header alg ES256, typ JWT and the signing key's kid; the credential as the "vc" claim, with
 * iss (the issuer's id), sub (the subject's id), jti (the credential's id) and nbf (validFrom).
 */
final class VcJwt {
  private VcJwt() {}

  @SuppressWarnings("unchecked")
  static String sign(Map<String, Object> vc, ECKey key) {
    Map<String, Object> issuer = (Map<String, Object>) vc.get("issuer");
    Map<String, Object> subject = (Map<String, Object>) vc.get("credentialSubject");
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer((String) issuer.get("id"))
            .subject((String) subject.get("id"))
            .jwtID((String) vc.get("id"))
            .notBeforeTime(Date.from(Instant.parse((String) vc.get("validFrom"))))
            .claim("vc", vc)
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(JOSEObjectType.JWT)
                .keyID(key.getKeyID())
                .build(),
            claims);
    try {
      jwt.sign(new ECDSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a credential: " + e.getMessage(), e);
    }
    return jwt.serialize();
  }
}
