package uk.attest.evidence;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An acceptance that would not count for a criterion it is claimed against, refused until the
 * assessor changes it or confirms it: each concern names the criterion, the rule and why.
 */
public class WillNotCountException extends RuntimeException {
  private final List<Judgements.Concern> concerns;

  public WillNotCountException(List<Judgements.Concern> concerns) {
    super(
        "accepted like this, the evidence would not count for "
            + concerns.stream()
                .map(Judgements.Concern::criterion)
                .distinct()
                .collect(Collectors.joining(", "))
            + "; change the judgement, or send \"confirmWillNotCount\": true to store it anyway");
    this.concerns = List.copyOf(concerns);
  }

  public List<Judgements.Concern> concerns() {
    return concerns;
  }
}
