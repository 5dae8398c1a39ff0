package uk.attest.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Time from an evidence upload to its recomputed assessment: each upload's response comes after the
 * transaction that stored it and recomputed the learner's assessment has committed. Starts the
 * service on a free port with the given database and a first admin, who registers one learner and
 * gives them an account; the learner signs in once for a bearer token (so each upload pays for one
 * token lookup, not a password hash), uploads N items one after another (each claiming two
 * criteria, with a small file), and prints the median, p90, p99 and maximum, overall and for each
 * tenth of the run (the assessment grows with the evidence).
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=uk.attest.bench.UploadLatencyBench -Dexec.args="300 h2"} (or {@code postgres}).
 */
public final class UploadLatencyBench {
  private UploadLatencyBench() {}

  public static void main(String[] args) throws Exception {
    int uploads = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    String database = args.length > 1 ? args[1] : "h2";
    try (BenchService service = new BenchService(database)) {
      BenchService.Learner learner = service.learnerWithAssessor();
      // The learner uploads their own evidence, signed in by bearer token.
      String signedIn = service.token(learner.learnerUser());
      String[] criteria = {
        "ATTECL02.P1",
        "ATTECL02.P2",
        "ATTECL03.P1",
        "ATTECL03.K1",
        "ATTECL05.P5",
        "ATTECL07.K3",
        "ATTECL09.P2",
        "ATTECL11.K1"
      };
      for (int i = 0; i < 20; i++) { // warm-up, not measured
        service.upload(
            signedIn,
            learner.id(),
            "warm-" + i,
            criteria[i % criteria.length],
            criteria[(i + 3) % criteria.length]);
      }
      long[] nanos = new long[uploads];
      for (int i = 0; i < uploads; i++) {
        long start = System.nanoTime();
        service.upload(
            signedIn,
            learner.id(),
            "bench-" + i,
            criteria[i % criteria.length],
            criteria[(i + 3) % criteria.length]);
        nanos[i] = System.nanoTime() - start;
      }
      System.out.printf(
          Locale.UK,
          "%s, %d uploads after 20 warm-up (learner ends with %d items)%n",
          database,
          uploads,
          uploads + 20);
      System.out.println("  " + BenchService.summary(nanos));
      int tenth = Math.max(1, uploads / 10);
      for (int from = 0; from < uploads; from += tenth) {
        System.out.printf(
            Locale.UK,
            "  uploads %3d-%3d: %s%n",
            from + 1,
            Math.min(uploads, from + tenth),
            BenchService.summary(Arrays.copyOfRange(nanos, from, Math.min(uploads, from + tenth))));
      }
    }
  }
}
