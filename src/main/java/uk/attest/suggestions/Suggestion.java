package uk.attest.suggestions;

import java.util.List;

/**
 * One criterion a text appears to show.
 *
 * @param criterionId the criterion, {@code CODE.P1} or {@code CODE.K1}
 * @param score the calibrated confidence in 0..1 that a person would agree
 * @param sentence the sentence (or short passage) of the evidence that matches best
 * @param sharedWords the words that sentence shares with the criterion, as the evidence wrote them
 * @param why the reason in one line, for a person to check
 */
public record Suggestion(
    String criterionId,
    String unitCode,
    String criterionText,
    double score,
    String sentence,
    List<String> sharedWords,
    String why) {

  public Suggestion {
    sharedWords = List.copyOf(sharedWords);
  }
}
