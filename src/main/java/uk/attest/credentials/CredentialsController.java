package uk.attest.credentials;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.credentials.IssuedCredentials.Issued;
import uk.attest.shared.Actor;

/**
 * Open Badges 3.0: the issuer's profile, public keys and each credential's status for anyone (a
 * verifier calls them without an account), and a learner's credentials for those who read their
 * records.
 */
@Tag(
    name = "Credentials",
    description = "Open Badges 3.0 credentials: issuer profile, keys, status, a learner's badges.")
@RestController
class CredentialsController {
  private static final MediaType JWT = MediaType.parseMediaType("application/jwt");
  private final Credentials credentials;
  private final IssuerKeys keys;
  private final JsonMapper json;

  CredentialsController(Credentials credentials, IssuerKeys keys, JsonMapper json) {
    this.credentials = credentials;
    this.keys = keys;
    this.json = json;
  }

  @Operation(summary = "The issuer's profile: a centre's with ?centre=, else the service's")
  @GetMapping("/credentials/issuer")
  Map<String, Object> issuer(@RequestParam(required = false) String centre) {
    return credentials.issuer(Optional.ofNullable(centre));
  }

  @Operation(summary = "The issuer's public keys (JWK set): every key that has signed")
  @GetMapping(value = "/credentials/jwks.json")
  ResponseEntity<Map<String, Object>> jwks() {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(keys.published().toJSONObject());
  }

  @Operation(
      summary = "Whether a credential is revoked",
      description =
          "Revoked once the learner's current assessment no longer shows the achievement (a unit"
              + " no longer achieved, a qualification no longer READY); it stays revoked.")
  @GetMapping("/credentials/status/{credentialId}")
  Credentials.Status status(@PathVariable String credentialId, HttpServletRequest request) {
    return credentials.status(credentialId.replaceFirst("^urn:uuid:", ""), request.getRemoteAddr());
  }

  /** One credential: its compact VC-JWT and the credential it carries, decoded. */
  record CredentialView(
      String id,
      String achievementType,
      String achievementName,
      OffsetDateTime issuedAt,
      boolean revoked,
      String revokedReason,
      String download,
      String jwt,
      JsonNode credential) {}

  @Operation(summary = "A learner's Open Badges credentials, as VC-JWTs and decoded")
  @GetMapping("/api/learners/{id}/credentials")
  List<CredentialView> list(Actor actor, @PathVariable String id) {
    return credentials.list(actor, id).stream().map(c -> view(id, c, json)).toList();
  }

  @Operation(summary = "One credential as its VC-JWT file")
  @GetMapping(value = "/api/learners/{id}/credentials/{credentialId}.jwt")
  ResponseEntity<String> download(
      Actor actor, @PathVariable String id, @PathVariable String credentialId) {
    Issued c = credentials.one(actor, id, credentialId);
    return ResponseEntity.ok()
        .contentType(JWT)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"credential-" + c.id() + ".jwt\"")
        .body(c.jwt());
  }

  private static CredentialView view(String learnerId, Issued c, JsonMapper json) {
    // Decoded from the signed bytes as they are, so the JSON shown is the JSON signed, in order.
    String payload =
        new String(Base64.getUrlDecoder().decode(c.jwt().split("\\.")[1]), StandardCharsets.UTF_8);
    JsonNode vc = json.readTree(payload).get("vc");
    return new CredentialView(
        "urn:uuid:" + c.id(),
        c.achievementType(),
        c.achievementName(),
        c.issuedAt(),
        c.revoked(),
        c.revokedReason(),
        "/api/learners/" + learnerId + "/credentials/" + c.id() + ".jwt",
        c.jwt(),
        vc);
  }
}
