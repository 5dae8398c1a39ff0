package uk.attest.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import uk.attest.assessment.AssessmentEngine;
import uk.attest.assessment.AssessmentJson;
import uk.attest.assessment.BundleException;
import uk.attest.assessment.BundleReader;

/**
 * Assesses many bundles on every core, writing each result as one JSON line in the order of the
 * files. At most a few results per thread are held at once, so a folder of any size fits in memory.
 */
final class BatchAssessment {
  /** What a batch did. */
  record Summary(int learners, int assessed, int failed, double seconds, int threads) {
    double perSecond() {
      return seconds == 0 ? 0 : assessed / seconds;
    }
  }

  private BatchAssessment() {}

  static Summary run(AssessmentEngine engine, List<Path> bundles, LocalDate date, Writer out)
      throws IOException {
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    int failed = 0;
    try {
      ArrayDeque<Future<Map<String, Object>>> window = new ArrayDeque<>();
      int next = 0;
      while (next < bundles.size() || !window.isEmpty()) {
        while (next < bundles.size() && window.size() < threads * 4) {
          Path file = bundles.get(next++);
          window.add(pool.submit(() -> assess(engine, file, date)));
        }
        Map<String, Object> line = result(window.removeFirst());
        if (line.containsKey("problems")) {
          failed++;
        }
        out.write(AssessmentJson.line(line));
        out.write('\n');
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Summary summary =
        new Summary(bundles.size(), bundles.size() - failed, failed, seconds, threads);
    Map<String, Object> last = new LinkedHashMap<>();
    last.put("learners", summary.learners());
    last.put("assessed", summary.assessed());
    last.put("failed", summary.failed());
    last.put("seconds", Math.round(seconds * 1000) / 1000.0);
    last.put("assessmentsPerSecond", Math.round(summary.perSecond() * 10) / 10.0);
    last.put("threads", threads);
    last.put("rulesetVersion", engine.rulesetVersion());
    last.put("catalogueVersion", engine.catalogue().version());
    out.write(AssessmentJson.line(Map.of("summary", last)));
    out.write('\n');
    return summary;
  }

  private static Map<String, Object> assess(AssessmentEngine engine, Path file, LocalDate date) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("file", file.getFileName().toString());
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      line.put("problems", List.of("cannot read: " + e.getMessage()));
      return line;
    }
    try {
      line.put(
          "assessment", engine.assess(BundleReader.read(json, engine.catalogue(), date), date));
    } catch (BundleException e) {
      line.put("problems", e.problems());
    }
    return line;
  }

  private static Map<String, Object> result(Future<Map<String, Object>> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("assessing a bundle failed: " + e.getCause(), e.getCause());
    }
  }
}
