package uk.attest.application;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import uk.attest.assessment.RuleBook;

/**
 * The rule book, compiled on a thread of its own from the start of start-up, so that compiling the
 * rules (the longest single step of start-up) runs beside the database migrations and the web
 * server instead of before or after them. Anything that assesses waits for the compiled rules; a
 * rules folder that does not compile still stops start-up before the service takes requests (see
 * {@link EngineConfiguration}), with the same error.
 */
final class BackgroundRuleBook implements RuleBook {
  private final CompletableFuture<RuleBook> compiled;

  BackgroundRuleBook(java.util.function.Supplier<RuleBook> compiler, String threadName) {
    compiled =
        CompletableFuture.supplyAsync(
            compiler,
            task -> {
              Thread t = new Thread(task, threadName);
              t.setDaemon(true);
              t.start();
            });
  }

  /** The compiled rules, waiting for them if need be; a compile error is thrown as it was. */
  RuleBook compiled() {
    try {
      return compiled.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  @Override
  public List<Object> run(Collection<?> facts) {
    return compiled().run(facts);
  }

  @Override
  public List<Object> run(Collection<?> facts, Collection<Class<?>> kept) {
    return compiled().run(facts, kept);
  }

  @Override
  public String version() {
    return compiled().version();
  }
}
