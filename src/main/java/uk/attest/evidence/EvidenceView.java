package uk.attest.evidence;

import java.util.List;

/**
 * An evidence item with its current files, the criteria it is claimed against, its judgements,
 * every version of its files, and its withdrawal if it was withdrawn.
 *
 * @param versions oldest first; the last is current
 * @param withdrawal null unless withdrawn
 */
public record EvidenceView(
    Evidence evidence,
    List<EvidenceFile> files,
    List<String> criteria,
    List<Judgement> judgements,
    List<FileVersion> versions,
    Withdrawal withdrawal) {

  public EvidenceView(
      Evidence evidence,
      List<EvidenceFile> files,
      List<String> criteria,
      List<Judgement> judgements) {
    this(
        evidence,
        files,
        criteria,
        judgements,
        List.of(new FileVersion(1, evidence.createdAt(), null, null, files, null)),
        null);
  }

  /** The latest judgement, or null while the item awaits an assessor. */
  public Judgement currentJudgement() {
    return judgements.isEmpty() ? null : judgements.get(judgements.size() - 1);
  }

  /** The version of the files now in force (1 until they are replaced). */
  public int filesVersion() {
    return versions.isEmpty() ? 1 : versions.get(versions.size() - 1).number();
  }

  /**
   * Whether the latest judgement was made on earlier files: it no longer decides the item, which
   * awaits a judgement of the files now in force.
   */
  public boolean judgedOnEarlierFiles() {
    Judgement j = currentJudgement();
    return j != null && j.filesVersion() != filesVersion();
  }

  public boolean withdrawn() {
    return withdrawal != null;
  }
}
