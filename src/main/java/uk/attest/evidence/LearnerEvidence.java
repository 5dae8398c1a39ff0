package uk.attest.evidence;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.attest.learners.PeopleService;
import uk.attest.shared.Actor;
import uk.attest.shared.NotFoundException;

/** A learner's evidence as the actor may read it: all of it, one item, or one of its files. */
@Service
public class LearnerEvidence {
  private final EvidenceAccess guard;
  private final EvidenceRepository records;
  private final PeopleService learners;

  LearnerEvidence(EvidenceAccess guard, EvidenceRepository records, PeopleService learners) {
    this.guard = guard;
    this.records = records;
    this.learners = learners;
  }

  @Transactional(readOnly = true)
  public EvidenceView get(Actor by, String evidenceId) {
    return records.view(guard.evidence(by, evidenceId));
  }

  /** Every item of the learner's, in upload order, with files, claims and judgements. */
  @Transactional(readOnly = true)
  public List<EvidenceView> list(Actor by, String learnerId) {
    learners.learnerForRecords(by, learnerId);
    Map<String, List<String>> claims = records.claimsOf(learnerId);
    Map<String, List<Judgement>> judgements = records.judgementsOf(learnerId);
    Map<String, List<EvidenceFile>> files = records.filesOf(learnerId);
    Map<String, Withdrawal> withdrawals = records.withdrawalsOf(learnerId);
    Map<String, List<java.time.OffsetDateTime>> replaced = records.replacedOf(learnerId);
    return records.evidenceOf(learnerId).stream()
        .map(
            e ->
                replaced.containsKey(e.id())
                    ? records.view(e)
                    : new EvidenceView(
                        e,
                        files.getOrDefault(e.id(), List.of()),
                        claims.getOrDefault(e.id(), List.of()),
                        judgements.getOrDefault(e.id(), List.of()),
                        List.of(
                            new FileVersion(
                                1,
                                e.createdAt(),
                                null,
                                null,
                                files.getOrDefault(e.id(), List.of()),
                                null)),
                        withdrawals.get(e.id())))
        .toList();
  }

  /**
   * A stored file's facts and its bytes, read from the database a chunk at a time as the stream is
   * read (after the access check, outside its transaction); the reader closes it.
   */
  public record Download(EvidenceFile info, InputStream content) {}

  @Transactional(readOnly = true)
  public Download file(Actor by, String evidenceId, String fileId) {
    EvidenceFile info =
        // Any version's files: an earlier version is kept, and stays readable.
        records.allFiles(guard.evidence(by, evidenceId).id()).stream()
            .filter(f -> f.id().equals(fileId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("file", fileId));
    return new Download(info, records.content(info.id()));
  }
}
