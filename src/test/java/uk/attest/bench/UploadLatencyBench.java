package uk.attest.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Time from an evidence upload to its new assessment being available, at a steady rate. Each
 * upload's answer comes after the transaction that stored it and recomputed the learner's
 * assessment has committed, so the answer is the moment the new assessment can be read.
 *
 * <p>Open loop: uploads are sent at fixed intervals (RATE a second) whether or not earlier ones
 * have been answered, and each is timed from the moment it was due, not from when it was sent, so a
 * service that falls behind shows its queueing in the figures instead of hiding it (coordinated
 * omission). Starts the service on a free port with the given database and a first admin, who
 * registers LEARNERS learners at one centre with one assessor; the assessor signs in once for a
 * bearer token and uploads for the learners in turn (each upload claims two criteria and carries a
 * small file). WARM-UP seconds at the same rate are not counted; then SECONDS are, and the bench
 * prints the median, p90, p99 and maximum, and how many uploads failed.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=uk.attest.bench.UploadLatencyBench -Dexec.args="100 30 h2"} (RATE SECONDS
 * DATABASE [LEARNERS=50] [WARM-UP=10]; DATABASE is h2 or postgres).
 */
public final class UploadLatencyBench {
  private static final String[] CRITERIA = {
    "ATTECL02.P1",
    "ATTECL02.P2",
    "ATTECL03.P1",
    "ATTECL03.K1",
    "ATTECL05.P5",
    "ATTECL07.K3",
    "ATTECL09.P2",
    "ATTECL11.K1"
  };

  private UploadLatencyBench() {}

  public static void main(String[] args) throws Exception {
    int rate = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    String database = args.length > 2 ? args[2] : "h2";
    int learnerCount = args.length > 3 ? Integer.parseInt(args[3]) : 50;
    int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    try (BenchService service = new BenchService(database)) {
      BenchService.Learner first = service.learnerWithAssessor();
      List<String> learners = new ArrayList<>(List.of(first.id()));
      for (int i = 1; i < learnerCount; i++) {
        learners.add(service.anotherLearner(first, i));
      }
      String assessor = service.token(first.assessorUser());
      run(service, assessor, learners, rate, warmUp, "warm");
      long[] nanos = run(service, assessor, learners, rate, seconds, "bench");
      int failed = (int) java.util.Arrays.stream(nanos).filter(n -> n < 0).count();
      long[] answered = java.util.Arrays.stream(nanos).filter(n -> n >= 0).toArray();
      System.out.printf(
          Locale.UK,
          "%s, %d uploads/s for %d s after %d s warm-up, %d learners (each ends with about %d"
              + " items): %d sent, %d failed%n",
          database,
          rate,
          seconds,
          warmUp,
          learnerCount,
          (long) rate * (seconds + warmUp) / learnerCount,
          nanos.length,
          failed);
      System.out.println("  upload -> new assessment: " + BenchService.summary(answered));
    }
  }

  /**
   * Sends RATE uploads a second for SECONDS, each on its own thread at the moment it is due;
   * answers each upload's time from when it was due (negative for a failure), in the order sent.
   */
  private static long[] run(
      BenchService service,
      String assessor,
      List<String> learners,
      int rate,
      int seconds,
      String prefix)
      throws Exception {
    int count = rate * seconds;
    long interval = 1_000_000_000L / rate;
    long[] nanos = new long[count];
    List<CompletableFuture<Void>> sent = new ArrayList<>(count);
    AtomicInteger failures = new AtomicInteger();
    ExecutorService senders = Executors.newCachedThreadPool();
    try {
      long start = System.nanoTime() + 50_000_000L;
      for (int i = 0; i < count; i++) {
        long due = start + i * interval;
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
          LockSupport.parkNanos(wait);
        }
        int n = i;
        String learner = learners.get(i % learners.size());
        sent.add(
            CompletableFuture.runAsync(
                () -> {
                  try {
                    service.upload(
                        assessor,
                        learner,
                        prefix + "-" + n,
                        CRITERIA[(n / learners.size()) % CRITERIA.length],
                        CRITERIA[(n / learners.size() + 3) % CRITERIA.length]);
                    nanos[n] = System.nanoTime() - due;
                  } catch (Exception e) {
                    if (failures.incrementAndGet() <= 3) {
                      System.err.println("upload failed: " + e.getMessage());
                    }
                    nanos[n] = -1;
                  }
                },
                senders));
      }
      CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
    } finally {
      senders.shutdown();
    }
    return nanos;
  }
}
