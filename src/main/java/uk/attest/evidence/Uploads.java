package uk.attest.evidence;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.attest.accounts.Access;
import uk.attest.audit.AuditTrail;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.Method;
import uk.attest.catalogue.Qualification;
import uk.attest.evidence.FileInspector.Inspected;
import uk.attest.learners.People.Learner;
import uk.attest.learners.PeopleRepository;
import uk.attest.shared.Actor;
import uk.attest.shared.Checks;
import uk.attest.shared.ConflictException;
import uk.attest.shared.Dates;
import uk.attest.shared.Ids;
import uk.attest.shared.InvalidInputException;
import uk.attest.shared.Limits;

/**
 * Evidence uploaded by a learner or their assessor: the item, its files and the criteria it is
 * claimed against, stored with the learner locked, the assessment recomputed and the upload audited
 * in one transaction. A retry under the same Idempotency-Key returns what was stored.
 */
@Service
public class Uploads {
  private final PeopleRepository people;
  private final EvidenceAccess guard;
  private final EvidenceRepository records;
  private final FileInspector inspector;
  private final LearnerAssessments assessments;
  private final Catalogue catalogue;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Uploads(
      PeopleRepository people,
      EvidenceAccess guard,
      EvidenceRepository records,
      FileInspector inspector,
      LearnerAssessments assessments,
      Catalogue catalogue,
      Access access,
      AuditTrail audit,
      Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.people = people;
    this.guard = guard;
    this.records = records;
    this.inspector = inspector;
    this.assessments = assessments;
    this.catalogue = catalogue;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** What an upload says about its evidence. */
  public record EvidenceRequest(
      @Schema(maxLength = Limits.TITLE) String title,
      @Schema(maxLength = Limits.DESCRIPTION, description = "Free text; may run over lines")
          String description,
      @Schema(maxLength = Limits.CHOICE, description = "An assessment method, e.g. PRODUCT")
          String method,
      @Schema(description = "When it happened: from 1970-01-01 to today") LocalDate activityDate,
      @ArraySchema(
              maxItems = Limits.CRITERIA,
              schema = @Schema(maxLength = Limits.CRITERION, description = "A criterion id"))
          List<String> criteria,
      Boolean learnerDeclaration,
      WitnessRequest witness) {}

  /** Who saw the work done, and in what role. */
  public record WitnessRequest(
      @Schema(maxLength = Limits.NAME) String name, @Schema(maxLength = Limits.NAME) String role) {}

  /** The stored item, and whether this call stored it or found it stored by an earlier try. */
  public record Upload(EvidenceView evidence, boolean replayed) {}

  /** Who the upload form is for, and the qualification whose criteria it offers. */
  public record UploadForm(Learner learner, Qualification qualification) {}

  /**
   * The upload form for a learner, if the actor may add evidence to their records: the same checks
   * as the upload itself (not found, then forbidden).
   */
  @Transactional(readOnly = true)
  public UploadForm form(Actor by, String learnerId) {
    Learner learner = guard.visible(by, learnerId);
    Access.require(
        access.writesEvidence(by, learnerId),
        "only the learner and their assigned assessor add evidence to these records");
    Qualification qualification =
        people.registrations(learnerId).stream()
            .reduce((first, second) -> second)
            .flatMap(r -> catalogue.qualification(r.qualificationId()))
            .orElse(null);
    return new UploadForm(learner, qualification);
  }

  @Transactional
  public Upload upload(
      Actor by,
      String learnerId,
      String idempotencyKey,
      EvidenceRequest request,
      List<IncomingFile> files) {
    // Files are read (hashed, archives inflated) before the learner is locked, so concurrent
    // uploads of large files wait only for each other's storing.
    guard.visible(by, learnerId);
    requireWritesEvidence(by, learnerId);
    Checks checks = new Checks();
    String key = Idempotency.key(checks, idempotencyKey);
    checks.check(
        key == null || !key.startsWith(PlatformIntake.KEY_PREFIX),
        "Idempotency-Key",
        "must not start with '"
            + PlatformIntake.KEY_PREFIX
            + "', which marks the learning platform's items");
    NewEvidence item = check(request, checks);
    checks.check(!files.isEmpty(), "files", "at least one file is required: the evidence itself");
    List<Inspected> inspected = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      try {
        inspected.add(inspector.inspect(files.get(i), "files[" + i + "]"));
      } catch (InvalidInputException e) {
        e.errors().forEach(err -> checks.add(err.field(), err.message()));
      }
    }
    checks.done();
    Learner learner = guard.lockVisible(by, learnerId);
    requireWritesEvidence(by, learnerId);
    List<String> unknown = EvidenceChecks.unknown(catalogue, item.criteria());
    if (!unknown.isEmpty()) {
      throw new UnknownCriteriaException(unknown);
    }
    Idempotency receipt = new Idempotency(key, fingerprint(request, inspected));
    Optional<Evidence> earlier =
        key == null ? Optional.empty() : records.evidenceByKey(learnerId, key);
    switch (receipt.against(earlier.map(Evidence::fingerprint))) {
      case REPEATED:
        return new Upload(records.view(earlier.get()), true);
      case CHANGED:
        throw new ConflictException(
            "Idempotency-Key '"
                + key
                + "' was already used for a different upload ("
                + earlier.get().id()
                + ")");
      case NEW:
        break;
    }
    OffsetDateTime now = Dates.now(clock);
    Evidence evidence = item.stored(learner.id(), receipt, now, by.accountId());
    records.insert(evidence);
    for (int i = 0; i < inspected.size(); i++) {
      Inspected f = inspected.get(i);
      try (InputStream content = files.get(i).open()) {
        records.insert(
            new EvidenceFile(
                Ids.next("fil"),
                evidence.id(),
                i,
                f.safeName(),
                f.mediaType(),
                f.size(),
                f.sha256()),
            content);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    records.claim(evidence.id(), item.criteria(), now);
    assessments.recompute(learnerId, "evidence " + evidence.id() + " uploaded");
    EvidenceView stored = records.view(evidence);
    audit.record(
        by,
        "evidence.uploaded",
        "evidence " + evidence.id(),
        learnerId,
        null,
        AuditSummaries.of(stored));
    events.publishEvent(new EvidenceStored(evidence.id()));
    return new Upload(stored, false);
  }

  private void requireWritesEvidence(Actor by, String learnerId) {
    Access.require(
        access.writesEvidence(by, learnerId),
        "only the learner and their assigned assessor add evidence to these records");
  }

  /**
   * Checks an upload's fields, adding each problem to the checks; criteria are checked against the
   * catalogue once every field is right.
   */
  private NewEvidence check(EvidenceRequest request, Checks checks) {
    String title = checks.text("title", request.title(), Limits.TITLE);
    String description =
        checks.freeText("description", request.description(), Limits.DESCRIPTION, false);
    Method method = null;
    if (checks.text("method", request.method(), Limits.CHOICE) != null) {
      method = EvidenceChecks.method(checks, "method", request.method());
    }
    LocalDate date =
        EvidenceChecks.activityDate(
            checks, "activityDate", request.activityDate(), assessments.today());
    checks.required("learnerDeclaration", request.learnerDeclaration());
    Witness witness = null;
    if (request.witness() != null) {
      String name = checks.text("witness.name", request.witness().name(), Limits.NAME);
      String role = checks.optionalText("witness.role", request.witness().role(), Limits.NAME);
      witness = new Witness(name, role);
    }
    List<String> criteria =
        checks.ids("criteria", request.criteria(), Limits.CRITERIA, Limits.CRITERION);
    return NewEvidence.uploaded(
        title,
        description,
        method,
        date,
        criteria,
        Boolean.TRUE.equals(request.learnerDeclaration()),
        witness);
  }

  /** What an upload says and the files it carries, so a retry can be told from another upload. */
  private static String fingerprint(EvidenceRequest request, List<Inspected> files) {
    List<Object> parts = new ArrayList<>();
    parts.add(request.title());
    parts.add(request.description());
    parts.add(request.method());
    parts.add(request.activityDate());
    parts.add(request.criteria());
    parts.add(request.learnerDeclaration());
    parts.add(request.witness());
    files.forEach(
        f -> {
          parts.add(f.safeName());
          parts.add(f.sha256());
        });
    return Idempotency.fingerprint(parts.toArray());
  }
}
