package uk.attest.evidence;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.attest.accounts.Access;
import uk.attest.audit.AuditTrail;
import uk.attest.evidence.FileInspector.Inspected;
import uk.attest.learners.People.Learner;
import uk.attest.shared.Actor;
import uk.attest.shared.Checks;
import uk.attest.shared.ConflictException;
import uk.attest.shared.Dates;
import uk.attest.shared.Ids;
import uk.attest.shared.InvalidInputException;
import uk.attest.shared.Limits;

/**
 * Replacing an evidence item's files: a new version, checked like any upload (type from the bytes,
 * size and archive limits). The earlier version's files are kept as they were, superseded by the
 * new one; its judgements stay on record but decide nothing about the new files, which await an
 * assessor. Stored with the learner locked, re-assessed and audited in one transaction; the new
 * files are then read for suggestions, keeping what people decided about the earlier ones.
 */
@Service
public class FileVersions {
  private final EvidenceAccess guard;
  private final EvidenceRepository records;
  private final FileInspector inspector;
  private final LearnerAssessments assessments;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;
  private final SuggestionRecords suggestions;
  private final ApplicationEventPublisher events;

  FileVersions(
      EvidenceAccess guard,
      EvidenceRepository records,
      FileInspector inspector,
      LearnerAssessments assessments,
      Access access,
      AuditTrail audit,
      Clock clock,
      SuggestionRecords suggestions,
      ApplicationEventPublisher events) {
    this.guard = guard;
    this.records = records;
    this.inspector = inspector;
    this.assessments = assessments;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
    this.suggestions = suggestions;
    this.events = events;
  }

  /** Why the files are replaced. */
  public record VersionRequest(
      @Schema(maxLength = Limits.COMMENT, description = "Why; may run over lines") String reason) {}

  @Transactional
  public EvidenceView replace(
      Actor by, String evidenceId, VersionRequest request, List<IncomingFile> files) {
    // Files are read (typed, hashed, archives inflated) before the learner is locked.
    Evidence evidence = guard.evidence(by, evidenceId);
    requireChanges(by, evidence.learnerId());
    Checks checks = new Checks();
    String reason = checks.freeText("reason", request.reason(), Limits.COMMENT, true);
    checks.check(!files.isEmpty(), "files", "at least one file is required: the new version");
    List<Inspected> inspected = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      try {
        inspected.add(inspector.inspect(files.get(i), "files[" + i + "]"));
      } catch (InvalidInputException e) {
        e.errors().forEach(err -> checks.add(err.field(), err.message()));
      }
    }
    checks.done();
    Learner learner = guard.lock(by, evidence.learnerId());
    requireChanges(by, learner.id());
    if (records.withdrawal(evidenceId).isPresent()) {
      throw new ConflictException(
          "evidence '" + evidenceId + "' was withdrawn; its files are no longer replaced");
    }
    List<FileVersion> versions = records.versions(evidence);
    FileVersion earlier = versions.get(versions.size() - 1);
    int number = earlier.number() + 1;
    OffsetDateTime now = Dates.now(clock);
    records.insertVersion(
        evidenceId,
        number,
        by.accountId() == null ? "system" : by.accountId(),
        by.name(),
        now,
        reason);
    for (int i = 0; i < inspected.size(); i++) {
      Inspected f = inspected.get(i);
      try (InputStream content = files.get(i).open()) {
        records.insert(
            new EvidenceFile(
                Ids.next("fil"),
                evidenceId,
                i,
                f.safeName(),
                f.mediaType(),
                f.size(),
                f.sha256(),
                number),
            content);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // The new files are read for suggestions as a new upload's are; what people decided about
    // the earlier suggestions stands.
    suggestions.forgetReading(evidenceId);
    events.publishEvent(new EvidenceStored(evidenceId));
    assessments.recompute(
        learner.id(), "evidence " + evidenceId + " files replaced (version " + number + ")");
    EvidenceView stored = records.view(evidence);
    audit.record(
        by,
        "evidence.files-replaced",
        "evidence " + evidenceId,
        learner.id(),
        AuditSummaries.of(earlier),
        AuditSummaries.of(stored.versions().get(stored.versions().size() - 1)));
    return stored;
  }

  private void requireChanges(Actor by, String learnerId) {
    Access.require(
        access.changesEvidence(by, learnerId),
        "only the learner and their assigned assessor replace evidence files");
  }
}
