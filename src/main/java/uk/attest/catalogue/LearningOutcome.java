package uk.attest.catalogue;

import java.util.List;

/** "Understand …" or "Be able to …", with its numbered assessment criteria. */
public record LearningOutcome(
    int number, String text, List<AssessmentCriterion> assessmentCriteria) {
  public LearningOutcome {
    assessmentCriteria = List.copyOf(assessmentCriteria);
  }
}
