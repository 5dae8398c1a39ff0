package uk.attest.application;

import org.springframework.stereotype.Component;
import uk.attest.assessment.Verdict;
import uk.attest.assessment.Words;
import uk.attest.catalogue.Method;

/**
 * The words pages show for codes, as ${@words.outcome(cell.outcome)}: the same words as the
 * portfolio's, from {@link Words}, so a template never spells a code out itself.
 */
@Component("words")
public class PageWords {
  public String outcome(String code) {
    return Words.outcome(code);
  }

  /** The CSS modifier for an outcome's colour: always shown with its words, never alone. */
  public String outcomeClass(String code) {
    return Words.outcomeStyle(code);
  }

  public String readiness(String status) {
    return Words.readiness(status);
  }

  public String method(Method method) {
    return method == null ? "" : Words.method(method);
  }

  public String verdict(Verdict verdict) {
    return Words.verdict(verdict);
  }

  /** How sure a suggested criterion is, in words ("Likely match"). */
  public String suggestionStrength(double score) {
    return uk.attest.suggestions.Strength.of(score);
  }

  public String decision(String code) {
    return Words.decision(code);
  }
}
