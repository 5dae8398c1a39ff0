package uk.attest.evidence.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.attest.catalogue.Method;
import uk.attest.evidence.EvidenceFile;
import uk.attest.evidence.EvidenceView;
import uk.attest.evidence.Judgement;
import uk.attest.evidence.PlatformKind;
import uk.attest.evidence.Source;
import uk.attest.evidence.Withdrawal;
import uk.attest.evidence.Witness;

/**
 * An evidence item as the API shows it: facts, files (with where to fetch them), claims,
 * judgements.
 */
record EvidenceResponse(
    String id,
    String learnerId,
    String title,
    String description,
    Method method,
    LocalDate activityDate,
    boolean learnerDeclaration,
    Witness witness,
    Source source,
    PlatformKind platformKind,
    String transcript,
    OffsetDateTime createdAt,
    List<FileResponse> files,
    List<String> criteria,
    String status,
    Judgement judgement,
    int judgementCount,
    int filesVersion,
    boolean judgedOnEarlierFiles,
    List<VersionResponse> versions,
    Withdrawal withdrawal) {

  record FileResponse(
      String id, String name, String mediaType, long size, String sha256, String href) {

    static FileResponse of(EvidenceFile f) {
      return new FileResponse(
          f.id(),
          f.fileName(),
          f.mediaType(),
          f.size(),
          f.sha256(),
          "/api/evidence/" + f.evidenceId() + "/files/" + f.id());
    }
  }

  /** One version of the item's files; supersededBy is the next version's number. */
  record VersionResponse(
      int version,
      OffsetDateTime createdAt,
      String createdBy,
      String reason,
      Integer supersededBy,
      List<FileResponse> files) {}

  static EvidenceResponse of(EvidenceView v) {
    var e = v.evidence();
    Judgement current = v.currentJudgement();
    return new EvidenceResponse(
        e.id(),
        e.learnerId(),
        e.title(),
        e.description(),
        e.method(),
        e.activityDate(),
        e.learnerDeclaration(),
        e.witness(),
        e.source(),
        e.platformKind(),
        e.transcript(),
        e.createdAt(),
        v.files().stream().map(FileResponse::of).toList(),
        v.criteria(),
        v.withdrawn()
            ? "WITHDRAWN"
            : current == null || v.judgedOnEarlierFiles()
                ? "AWAITING_ASSESSOR"
                : current.verdict().name(),
        current,
        v.judgements().size(),
        v.filesVersion(),
        v.judgedOnEarlierFiles(),
        v.versions().stream()
            .map(
                x ->
                    new VersionResponse(
                        x.number(),
                        x.createdAt(),
                        x.name(),
                        x.reason(),
                        x.supersededBy(),
                        x.files().stream().map(FileResponse::of).toList()))
            .toList(),
        v.withdrawal());
  }
}
