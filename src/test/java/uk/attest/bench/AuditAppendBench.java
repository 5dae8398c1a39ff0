package uk.attest.bench;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import uk.attest.AttestApplication;
import uk.attest.audit.AuditTrail;
import uk.attest.shared.Actor;

/**
 * Audit appends per second on PostgreSQL with 8 threads, each writing entries for a learner of its
 * own, each entry in its own transaction, for a fixed time after a warm-up; then one verify of the
 * whole trail, timed. It uses only AuditTrail.record and verify, so the same file runs on the
 * commit before chains (61f451f: one chain, one head row) for the baseline.
 *
 * <p>Run: {@code taskset -c 1 mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=uk.attest.bench.AuditAppendBench -Dexec.args="20"} (seconds measured).
 */
public final class AuditAppendBench {
  private static final String URL =
      System.getenv().getOrDefault("ATTEST_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String USER =
      System.getenv().getOrDefault("ATTEST_TEST_PG_USER", "postgres");
  private static final int THREADS = 8;

  private AuditAppendBench() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    String schema = "attest_bench_audit_" + UUID.randomUUID().toString().substring(0, 8);
    ConfigurableApplicationContext context =
        SpringApplication.run(
            AttestApplication.class,
            "--server.port=0",
            "--attest.demo-data.enabled=false",
            "--logging.level.root=WARN",
            "--attest.audit.checkpoint-dir="
                + Files.createTempDirectory("attest-audit-bench").toString(),
            "--spring.datasource.url=" + URL + "?currentSchema=" + schema,
            "--spring.datasource.username=" + USER,
            "--spring.datasource.password=",
            "--spring.flyway.schemas=" + schema,
            "--spring.datasource.hikari.maximum-pool-size=" + (THREADS + 2));
    try {
      AuditTrail trail = context.getBean(AuditTrail.class);
      TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
      run(trail, transaction, 3);
      long[] latencies = run(trail, transaction, seconds);
      Arrays.sort(latencies);
      System.out.printf(
          "audit appends, %d threads (one learner each), %d s after 3 s warm-up:%n"
              + "  %d appends, %.0f appends/s, median %.2f ms, p99 %.2f ms%n",
          THREADS,
          seconds,
          latencies.length,
          latencies.length / (double) seconds,
          latencies[latencies.length / 2] / 1e6,
          latencies[(int) (latencies.length * 0.99)] / 1e6);
      long start = System.nanoTime();
      Object result = trail.verify();
      System.out.printf(
          "  verify: %.0f ms: %s%n", (System.nanoTime() - start) / 1e6, brief(result.toString()));
    } finally {
      context.close();
      try (Connection c = DriverManager.getConnection(URL, USER, "")) {
        c.createStatement().execute("drop schema if exists " + schema + " cascade");
      }
    }
  }

  private static String brief(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  /** Appends from every thread until the time is up; the latency of each append, in ns. */
  private static long[] run(AuditTrail trail, TransactionTemplate transaction, int seconds)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    AtomicBoolean stop = new AtomicBoolean();
    Actor actor = Actor.system("audit bench");
    try {
      java.util.List<Future<long[]>> threads = new java.util.ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        String learner = "lrn_bench_" + t;
        threads.add(
            pool.submit(
                () -> {
                  long[] times = new long[1024];
                  int n = 0;
                  while (!stop.get()) {
                    long start = System.nanoTime();
                    int i = n;
                    transaction.executeWithoutResult(
                        s ->
                            trail.record(
                                actor,
                                "judgement.recorded",
                                "evidence evd_" + i,
                                learner,
                                Map.of("verdict", "REFERRED"),
                                Map.of("verdict", "ACCEPTED", "proficiency", "Advanced")));
                    if (n == times.length) {
                      times = Arrays.copyOf(times, n * 2);
                    }
                    times[n++] = System.nanoTime() - start;
                  }
                  return Arrays.copyOf(times, n);
                }));
      }
      Thread.sleep(seconds * 1000L);
      stop.set(true);
      long[] all = new long[0];
      for (Future<long[]> f : threads) {
        long[] times = f.get();
        long[] joined = Arrays.copyOf(all, all.length + times.length);
        System.arraycopy(times, 0, joined, all.length, times.length);
        all = joined;
      }
      return all;
    } finally {
      pool.shutdown();
    }
  }
}
