package uk.attest.assessment;

import java.util.Collection;
import java.util.List;

/** The compiled judgement rules: facts in, result facts out. Implementations are thread-safe. */
public interface RuleBook {
  /** Runs one isolated session over the facts and returns every fact present at the end. */
  List<Object> run(Collection<?> facts);

  /** The content hash of the rules, so every assessment names the ruleset it was made with. */
  String version();
}
