package uk.attest.bench;

import java.net.http.HttpClient;
import java.util.Locale;

/**
 * Server time of the assessor's learner page for a learner with many evidence items: the page a
 * person opens most. Starts the service (H2 in memory, or PostgreSQL), registers a learner with an
 * assessor, uploads N items (each claiming two criteria) and accepts every other one, so the page
 * shows a full heat map, next steps, gaps and an evidence list; then the assessor, signed in
 * through the sign-in form like a person, opens the page R times after 200 warm-up requests (fewer
 * leave the JIT compiler still at work: 20 gave a median half as high again). Beside it, the same
 * learner's assessment from the API (the JSON the page is built from), as the baseline: the page's
 * cost over it is the rendering.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=uk.attest.bench.LearnerPageBench -Dexec.args="200 100 h2"}.
 */
public final class LearnerPageBench {
  private static final int WARM_UP = 200;

  private LearnerPageBench() {}

  public static void main(String[] args) throws Exception {
    int items = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    String database = args.length > 2 ? args[2] : "h2";
    try (BenchService service = new BenchService(database)) {
      BenchService.Learner learner = service.learnerWithAssessor();
      String assessor = service.token(learner.assessorUser());
      String[] criteria = {
        "ATTECL02.P1", "ATTECL02.P2", "ATTECL03.P1", "ATTECL03.K1", "ATTECL05.P5",
        "ATTECL07.K3", "ATTECL09.P2", "ATTECL11.K1", "ATTECL04.P3", "ATTECL06.K2"
      };
      for (int i = 0; i < items; i++) {
        String id =
            service.upload(
                assessor,
                learner.id(),
                "item-" + i,
                criteria[i % criteria.length],
                criteria[(i + 3) % criteria.length]);
        if (i % 2 == 0) {
          service.post(
              assessor,
              "/api/evidence/" + id + "/judgements",
              "{\"verdict\": \"ACCEPTED\", \"proficiency\": \"Advanced\", \"assessorId\": \""
                  + learner.assessorId()
                  + "\", \"authenticityConfirmed\": true, \"feedback\": \"Clear and current.\"}");
        }
      }
      HttpClient browser = service.signedInBrowser(learner.assessorUser());
      String page = "/learners/" + learner.id();
      String api = "/api/learners/" + learner.id() + "/assessment";
      int size = service.get(browser, null, page).length();
      for (int i = 0; i < WARM_UP; i++) { // not measured
        service.get(browser, null, page);
        service.get(service.http, assessor, api);
      }
      long[] pageNanos = new long[runs];
      long[] apiNanos = new long[runs];
      for (int i = 0; i < runs; i++) { // interleaved, so both see the same machine
        long start = System.nanoTime();
        service.get(browser, null, page);
        pageNanos[i] = System.nanoTime() - start;
        start = System.nanoTime();
        service.get(service.http, assessor, api);
        apiNanos[i] = System.nanoTime() - start;
      }
      long[] sortedPage = pageNanos.clone();
      long[] sortedApi = apiNanos.clone();
      java.util.Arrays.sort(sortedPage);
      java.util.Arrays.sort(sortedApi);
      System.out.printf(
          Locale.UK,
          "%s, learner with %d evidence items (%d accepted), %d requests each after %d warm-up%n",
          database,
          items,
          (items + 1) / 2,
          runs,
          WARM_UP);
      System.out.printf(
          Locale.UK, "  learner page (%d KB): %s%n", size / 1024, BenchService.summary(pageNanos));
      System.out.println("  API assessment:      " + BenchService.summary(apiNanos));
      System.out.printf(
          Locale.UK,
          "  page / API (median): %.2f×%n",
          (double) BenchService.percentile(sortedPage, 50)
              / BenchService.percentile(sortedApi, 50));
    }
  }
}
