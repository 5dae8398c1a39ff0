package uk.attest.catalogue;

import java.util.List;

/** A unit of a qualification, built from one NOS unit, with learning outcomes. */
public record QualificationUnit(
    String id,
    String ref,
    String title,
    int level,
    int credit,
    int glh,
    String nosCode,
    List<LearningOutcome> learningOutcomes) {

  public QualificationUnit {
    learningOutcomes = List.copyOf(learningOutcomes);
  }

  public List<AssessmentCriterion> assessmentCriteria() {
    return learningOutcomes.stream().flatMap(lo -> lo.assessmentCriteria().stream()).toList();
  }
}
