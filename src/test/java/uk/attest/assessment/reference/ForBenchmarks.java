package uk.attest.assessment.reference;

import java.time.LocalDate;
import uk.attest.assessment.EvidenceBundle;
import uk.attest.catalogue.Catalogue;

/**
 * The differential test's learner generator and reference evaluator, opened to the engine
 * benchmarks (uk.attest.bench.EngineBench) so the rules and the handbook are timed on the same
 * learners.
 */
public final class ForBenchmarks {
  private final Learners learners;
  private final ReferenceEvaluator reference;
  private final LocalDate assessedOn;

  public ForBenchmarks(Catalogue catalogue, LocalDate assessedOn) {
    this.learners = new Learners(assessedOn);
    this.reference = new ReferenceEvaluator(catalogue);
    this.assessedOn = assessedOn;
  }

  /** The generated learner of this seed, with exactly {@code items} evidence items. */
  public EvidenceBundle learner(long seed, int items) {
    return learners.learner(seed, items);
  }

  /** Whether the rules' assessment of this learner has the reference evaluator's verdicts. */
  public boolean agrees(EvidenceBundle learner, uk.attest.assessment.Assessment rules) {
    return Verdicts.of(rules).equals(reference.assess(learner, assessedOn));
  }

  /** The reference evaluator's verdicts, one line per decision. */
  public java.util.List<String> assess(EvidenceBundle learner) {
    return reference.assess(learner, assessedOn).lines();
  }
}
