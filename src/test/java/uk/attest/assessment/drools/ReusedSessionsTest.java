package uk.attest.assessment.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.attest.Shipped;
import uk.attest.assessment.AssessmentEngine;
import uk.attest.assessment.AssessmentJson;

/**
 * The rule book takes its Drools sessions from a pool and resets them after each run: a learner
 * assessed on a session that has just assessed someone else gets exactly what a fresh rule book
 * gives, however many threads share the book.
 */
class ReusedSessionsTest {
  private static final List<String> EXAMPLES =
      List.of(
          "examples/ready-learner.json",
          "examples/gaps-learner.json",
          "examples/l6-progressing-learner.json");

  @Test
  void aReusedSessionRemembersNothingOfTheLearnersBefore() throws Exception {
    Map<String, String> fresh =
        EXAMPLES.stream().collect(Collectors.toMap(Function.identity(), this::onAFreshRuleBook));
    AssessmentEngine shared = new AssessmentEngine(Shipped.CATALOGUE, load());
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<String>>> work = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Random random = new Random(t);
        work.add(
            () -> {
              List<String> mismatches = new ArrayList<>();
              for (int round = 0; round < 5; round++) {
                List<String> order = new ArrayList<>(EXAMPLES);
                Collections.shuffle(order, random);
                for (String example : order) {
                  if (!assess(shared, example).equals(fresh.get(example))) {
                    mismatches.add(example + " in round " + round);
                  }
                }
              }
              return mismatches;
            });
      }
      List<String> mismatches = new ArrayList<>();
      for (Future<List<String>> f : threads.invokeAll(work)) {
        mismatches.addAll(f.get());
      }
      assertThat(mismatches).isEmpty();
    } finally {
      threads.shutdownNow();
    }
  }

  private String onAFreshRuleBook(String example) {
    return assess(new AssessmentEngine(Shipped.CATALOGUE, load()), example);
  }

  private static DroolsRuleBook load() {
    return DroolsRuleBook.load(Shipped.CHECKOUT.resolve("rules"));
  }

  private static String assess(AssessmentEngine engine, String example) {
    return AssessmentJson.write(engine.assess(Shipped.bundle(example), Shipped.ASSESSED_ON));
  }
}
