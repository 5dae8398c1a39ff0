package uk.attest.assessment;

import java.util.Collection;
import java.util.List;

/** The compiled judgement rules: facts in, result facts out. Implementations are thread-safe. */
public interface RuleBook {
  /** Runs one isolated session over the facts and returns every fact present at the end. */
  List<Object> run(Collection<?> facts);

  /**
   * Runs one isolated session over the facts and returns the facts of the given classes (exactly
   * those classes, not their subclasses) present at the end: for a caller that reads only results,
   * so the facts it does not read are never gathered.
   */
  default List<Object> run(Collection<?> facts, Collection<Class<?>> kept) {
    return run(facts).stream().filter(f -> kept.contains(f.getClass())).toList();
  }

  /** The content hash of the rules, so every assessment names the ruleset it was made with. */
  String version();
}
