package uk.attest.evidence;

import java.util.List;

/** An evidence item with its files, the criteria it is claimed against, and its judgements. */
public record EvidenceView(
    Evidence evidence,
    List<EvidenceFile> files,
    List<String> criteria,
    List<Judgement> judgements) {

  /** The judgement in force, or null while the item awaits an assessor. */
  public Judgement currentJudgement() {
    return judgements.isEmpty() ? null : judgements.get(judgements.size() - 1);
  }
}
