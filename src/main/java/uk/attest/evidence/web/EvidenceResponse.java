package uk.attest.evidence.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.attest.catalogue.Method;
import uk.attest.evidence.EvidenceView;
import uk.attest.evidence.Judgement;
import uk.attest.evidence.PlatformKind;
import uk.attest.evidence.Source;
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
    int judgementCount) {

  record FileResponse(
      String id, String name, String mediaType, long size, String sha256, String href) {}

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
        v.files().stream()
            .map(
                f ->
                    new FileResponse(
                        f.id(),
                        f.fileName(),
                        f.mediaType(),
                        f.size(),
                        f.sha256(),
                        "/api/evidence/" + e.id() + "/files/" + f.id()))
            .toList(),
        v.criteria(),
        current == null ? "AWAITING_ASSESSOR" : current.verdict().name(),
        current,
        v.judgements().size());
  }
}
