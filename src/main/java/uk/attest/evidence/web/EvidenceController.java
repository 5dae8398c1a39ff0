package uk.attest.evidence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.evidence.Claims;
import uk.attest.evidence.Countersigning;
import uk.attest.evidence.FileVersions;
import uk.attest.evidence.IncomingFile;
import uk.attest.evidence.Judgement;
import uk.attest.evidence.Judgements;
import uk.attest.evidence.Judgements.JudgementRequest;
import uk.attest.evidence.LearnerEvidence;
import uk.attest.evidence.Sample;
import uk.attest.evidence.Sampling;
import uk.attest.evidence.Uploads;
import uk.attest.evidence.Uploads.EvidenceRequest;
import uk.attest.evidence.Withdrawals;
import uk.attest.shared.Actor;
import uk.attest.shared.InvalidInputException;
import uk.attest.shared.JsonPaths;
import uk.attest.shared.Limits;

/** Evidence upload (metadata plus files), claims, judgements and file downloads. */
@Tag(
    name = "Evidence",
    description = "Upload evidence, claim it against criteria, judge it, and sample judgements.")
@RestController
class EvidenceController {
  private final Uploads uploads;
  private final LearnerEvidence evidence;
  private final Claims claims;
  private final Judgements judgements;
  private final Sampling sampling;
  private final Withdrawals withdrawals;
  private final FileVersions versions;
  private final Countersigning countersigning;
  private final JsonMapper json;

  EvidenceController(
      Uploads uploads,
      LearnerEvidence evidence,
      Claims claims,
      Judgements judgements,
      Sampling sampling,
      Withdrawals withdrawals,
      FileVersions versions,
      Countersigning countersigning,
      JsonMapper json) {
    this.withdrawals = withdrawals;
    this.versions = versions;
    this.countersigning = countersigning;
    this.uploads = uploads;
    this.evidence = evidence;
    this.claims = claims;
    this.judgements = judgements;
    this.sampling = sampling;
    this.json = json;
  }

  /**
   * Multipart: a "metadata" part (JSON: title, description, method, activityDate, criteria,
   * learnerDeclaration, witness) and zero or more "files" parts. A retry with the same
   * Idempotency-Key returns the item already stored (200) instead of storing it again (201).
   */
  /** The upload's parts as the API describes them: the metadata is JSON, the files files. */
  record UploadParts(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              description = "What the evidence is and what it shows, as JSON")
          EvidenceRequest metadata,
      @ArraySchema(
              schema = @Schema(type = "string", format = "binary"),
              arraySchema = @Schema(description = "The evidence itself: one file or more"))
          List<String> files) {}

  @Operation(
      summary = "Upload evidence: its description and files",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                      schema = @Schema(implementation = UploadParts.class),
                      encoding =
                          @Encoding(
                              name = "metadata",
                              contentType = MediaType.APPLICATION_JSON_VALUE))))
  @ApiResponse(
      responseCode = "200",
      description = "Stored already, by an earlier try with the same Idempotency-Key")
  @ApiResponse(responseCode = "201", description = "Created")
  @PostMapping(
      value = "/api/learners/{id}/evidence",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<EvidenceResponse> upload(
      Actor actor,
      @PathVariable String id,
      @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestPart("metadata") String metadata,
      @RequestPart(value = "files", required = false) List<MultipartFile> files) {
    EvidenceRequest request;
    try {
      request = json.readValue(metadata, EvidenceRequest.class);
    } catch (JacksonException e) {
      throw new InvalidInputException("metadata" + JsonPaths.of(e), JsonPaths.describe(e));
    }
    Uploads.Upload upload = uploads.upload(actor, id, idempotencyKey, request, incoming(files));
    EvidenceResponse body = EvidenceResponse.of(upload.evidence());
    if (upload.replayed()) {
      return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(body);
    }
    return ResponseEntity.created(URI.create("/api/evidence/" + body.id())).body(body);
  }

  private static List<IncomingFile> incoming(List<MultipartFile> files) {
    List<IncomingFile> incoming = new ArrayList<>();
    for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
      incoming.add(
          new IncomingFile(
              f.getOriginalFilename(), f.getContentType(), f.getSize(), f::getInputStream));
    }
    return incoming;
  }

  @Operation(
      summary = "Withdraw an evidence item, saying why",
      description =
          "The learner (their own) or their assessor. The item stays stored, marked withdrawn (who,"
              + " when, why), and no longer counts; the learner is re-assessed.")
  @PostMapping("/api/evidence/{id}/withdraw")
  EvidenceResponse withdraw(
      Actor actor, @PathVariable String id, @RequestBody Withdrawals.WithdrawalRequest request) {
    return EvidenceResponse.of(withdrawals.withdraw(actor, id, request));
  }

  /** The parts of a replacement: why, as JSON, and the new files. */
  record VersionParts(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Why, as JSON")
          FileVersions.VersionRequest metadata,
      @ArraySchema(
              schema = @Schema(type = "string", format = "binary"),
              arraySchema = @Schema(description = "The new version's files: one or more"))
          List<String> files) {}

  @Operation(
      summary = "Replace an evidence item's files with a new version",
      description =
          "The earlier version is kept, superseded; judgements of it stay on record but do not"
              + " decide the new files, which await an assessor. Files are checked as on upload.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                      schema = @Schema(implementation = VersionParts.class),
                      encoding =
                          @Encoding(
                              name = "metadata",
                              contentType = MediaType.APPLICATION_JSON_VALUE))))
  @ApiResponse(responseCode = "201", description = "Created")
  @PostMapping(
      value = "/api/evidence/{id}/versions",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<EvidenceResponse> replaceFiles(
      Actor actor,
      @PathVariable String id,
      @RequestPart("metadata") String metadata,
      @RequestPart(value = "files", required = false) List<MultipartFile> files) {
    FileVersions.VersionRequest request;
    try {
      request = json.readValue(metadata, FileVersions.VersionRequest.class);
    } catch (JacksonException e) {
      throw new InvalidInputException("metadata" + JsonPaths.of(e), JsonPaths.describe(e));
    }
    EvidenceResponse body =
        EvidenceResponse.of(versions.replace(actor, id, request, incoming(files)));
    return ResponseEntity.created(URI.create("/api/evidence/" + id)).body(body);
  }

  @Operation(summary = "List a learner's evidence")
  @GetMapping("/api/learners/{id}/evidence")
  List<EvidenceResponse> list(Actor actor, @PathVariable String id) {
    return evidence.list(actor, id).stream().map(EvidenceResponse::of).toList();
  }

  @Operation(summary = "Read one evidence item with its files, claims and judgements")
  @GetMapping("/api/evidence/{id}")
  EvidenceResponse get(Actor actor, @PathVariable String id) {
    return EvidenceResponse.of(evidence.get(actor, id));
  }

  @Operation(summary = "Download one of an evidence item's files")
  @ApiResponse(
      responseCode = "200",
      description = "The file",
      content =
          @Content(
              mediaType = "application/octet-stream",
              schema = @Schema(type = "string", format = "binary")))
  @GetMapping("/api/evidence/{id}/files/{fileId}")
  ResponseEntity<InputStreamResource> file(
      Actor actor, @PathVariable String id, @PathVariable String fileId) {
    LearnerEvidence.Download d = evidence.file(actor, id, fileId);
    // Copied to the response as it is read from the database, a chunk at a time.
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(d.info().mediaType()))
        .contentLength(d.info().size())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(d.info().fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(
            "Content-Digest",
            "sha-256=:"
                + java.util.Base64.getEncoder()
                    .encodeToString(java.util.HexFormat.of().parseHex(d.info().sha256()))
                + ":")
        .body(new InputStreamResource(d.content()));
  }

  record ClaimRequest(
      @ArraySchema(
              minItems = 1,
              maxItems = Limits.CRITERIA,
              schema = @Schema(maxLength = Limits.CRITERION, description = "A criterion id"))
          List<String> criteria) {}

  @Operation(summary = "Claim an evidence item against more criteria")
  @PostMapping("/api/evidence/{id}/claims")
  EvidenceResponse claim(Actor actor, @PathVariable String id, @RequestBody ClaimRequest request) {
    return EvidenceResponse.of(claims.claim(actor, id, request.criteria()));
  }

  @Operation(summary = "Withdraw an evidence item's claim against a criterion")
  @DeleteMapping("/api/evidence/{id}/claims/{criterionId}")
  EvidenceResponse unclaim(Actor actor, @PathVariable String id, @PathVariable String criterionId) {
    return EvidenceResponse.of(claims.unclaim(actor, id, criterionId));
  }

  @Operation(summary = "Judge an evidence item: accept it at a proficiency, or refer it back")
  @ApiResponse(responseCode = "201", description = "Created")
  @PostMapping("/api/evidence/{id}/judgements")
  ResponseEntity<Judgement> judge(
      Actor actor,
      @PathVariable String id,
      @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestBody JudgementRequest request) {
    Judgements.Decided d = judgements.judge(actor, id, idempotencyKey, request);
    if (d.replayed()) {
      return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(d.judgement());
    }
    return ResponseEntity.created(URI.create("/api/evidence/" + id + "/judgements"))
        .body(d.judgement());
  }

  @Operation(summary = "List an evidence item's judgements, oldest first")
  @GetMapping("/api/evidence/{id}/judgements")
  List<Judgement> judgements(Actor actor, @PathVariable String id) {
    return evidence.get(actor, id).judgements();
  }

  /**
   * A qualified assessor countersigns a trainee assessor's current acceptance, which then counts.
   */
  @Operation(summary = "Countersign a trainee assessor's acceptance (qualified assessors)")
  @ApiResponse(responseCode = "200", description = "The judgement with its countersignature")
  @PostMapping("/api/evidence/{id}/countersign")
  Judgement countersign(Actor actor, @PathVariable String id) {
    return countersigning.countersign(actor, id);
  }

  /** An IQA's sampling decision on the current judgement; the judgement itself is unchanged. */
  @Operation(summary = "Record an IQA's sampling decision on the current judgement")
  @ApiResponse(responseCode = "201", description = "Created")
  @PostMapping("/api/evidence/{id}/samples")
  ResponseEntity<Sample> sample(
      Actor actor, @PathVariable String id, @RequestBody Sampling.SampleRequest request) {
    return ResponseEntity.created(URI.create("/api/evidence/" + id + "/samples"))
        .body(sampling.sample(actor, id, request));
  }

  @Operation(summary = "List the sampling decisions on an evidence item")
  @GetMapping("/api/evidence/{id}/samples")
  List<Sample> samples(Actor actor, @PathVariable String id) {
    return sampling.samples(actor, id);
  }
}
