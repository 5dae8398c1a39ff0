package uk.attest.bench;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.attest.assessment.AssessmentEngine;
import uk.attest.assessment.EvidenceBundle;
import uk.attest.assessment.Verdict;
import uk.attest.assessment.drools.DroolsRuleBook;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.CatalogueLoader;
import uk.attest.catalogue.Method;
import uk.attest.catalogue.Proficiency;
import uk.attest.reports.CohortExport;
import uk.attest.reports.Portfolio;
import uk.attest.reports.PortfolioPdf;
import uk.attest.reports.PortfolioWorkbook;
import uk.attest.reports.Portfolios;
import uk.attest.reports.ReportAssets;
import uk.attest.shared.Uln;

/**
 * Report benchmarks: one portfolio PDF and one workbook for a learner with 200 evidence items over
 * 60 criteria (median of several runs), and a 1,000-learner cohort export written to a discarding
 * stream; each with the peak heap seen. Run with a small heap to show the export streams: {@code
 * mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.args="-Xmx256m -cp %classpath
 * uk.attest.bench.ReportBench" -Dexec.classpathScope=test}.
 */
public final class ReportBench {
  private static final LocalDate ON = LocalDate.of(2026, 11, 20);

  private ReportBench() {}

  public static void main(String[] args) throws Exception {
    boolean pdfOnly = args.length > 0 && args[0].equals("pdf");
    int cohort = args.length > 0 && !pdfOnly ? Integer.parseInt(args[0]) : 1000;
    Catalogue catalogue = CatalogueLoader.load(Path.of("criteria"));
    AssessmentEngine engine =
        new AssessmentEngine(catalogue, DroolsRuleBook.load(Path.of("rules")));
    ReportAssets assets = ReportAssets.load(Path.of("reports"));
    EvidenceBundle big = bundle(catalogue, "0000000042", 200, 60);
    Portfolio portfolio =
        Portfolios.fromBundle(big, engine.assess(big, ON), assets, OffsetDateTime.now());
    System.out.printf(
        Locale.UK,
        "max heap %d MB; portfolio: %d evidence items, %d NOS criteria in play%n",
        Runtime.getRuntime().maxMemory() >> 20,
        portfolio.evidence().size(),
        portfolio.assessment().standards().stream().mapToInt(s -> s.criteria().size()).sum());

    if (pdfOnly) {
      // "pdf RUNS [FILE]": only the portfolio PDF, many times (to compare two builds of the
      // renderer in one sitting), and one copy saved to read back with pdftotext.
      int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
      if (args.length > 2) {
        try (OutputStream file = java.nio.file.Files.newOutputStream(Path.of(args[2]))) {
          PortfolioPdf.write(portfolio, assets, file);
        }
      }
      for (int i = 0; i < 20; i++) { // let the JIT compiler settle before measuring
        PortfolioPdf.write(portfolio, assets, new ByteArrayOutputStream());
      }
      measure(
          "portfolio PDF",
          runs,
          () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PortfolioPdf.write(portfolio, assets, out);
            return out.size();
          });
      return;
    }
    measure(
        "portfolio PDF",
        12,
        () -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          PortfolioPdf.write(portfolio, assets, out);
          return out.size();
        });
    measure(
        "portfolio workbook",
        12,
        () -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          PortfolioWorkbook.write(portfolio, assets, out);
          return out.size();
        });
    // A cohort of typical learners (20 items over 30 criteria each), assessed and rendered one by
    // one.
    List<EvidenceBundle> learners = new ArrayList<>();
    for (int i = 0; i < cohort; i++) {
      learners.add(bundle(catalogue, uln(i), 20, 30));
    }
    measure(
        "cohort export of " + cohort + " learners",
        1,
        () -> {
          Counting out = new Counting();
          try (CohortExport export = new CohortExport(out, assets, "bench")) {
            for (EvidenceBundle b : learners) {
              export.add(
                  Portfolios.fromBundle(b, engine.assess(b, ON), assets, OffsetDateTime.now()));
            }
          }
          return out.count;
        });
  }

  interface Job {
    long run() throws Exception;
  }

  private static void measure(String name, int runs, Job job) throws Exception {
    job.run(); // warm-up
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long[] nanos = new long[runs];
    long size = 0;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      size = job.run();
      nanos[i] = System.nanoTime() - start;
    }
    long peak =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();
    Arrays.sort(nanos);
    System.out.printf(
        Locale.UK,
        "%s: median %.0f ms over %d run(s) (min %.0f, max %.0f), %d bytes, peak heap %d MB%n",
        name,
        nanos[runs / 2] / 1e6,
        runs,
        nanos[0] / 1e6,
        nanos[runs - 1] / 1e6,
        size,
        peak >> 20);
  }

  /**
   * A learner with the given number of items spread over the first criteria of the L5 diploma's
   * units.
   */
  static EvidenceBundle bundle(Catalogue catalogue, String uln, int items, int criteria) {
    var q = catalogue.qualification("attest-l5-diploma-ecommerce-sales-leadership").orElseThrow();
    List<String> ids =
        q.units().stream()
            .flatMap(u -> u.assessmentCriteria().stream())
            .flatMap(ac -> ac.maps().stream())
            .distinct()
            .limit(criteria)
            .toList();
    Proficiency advanced = catalogue.policy().proficiency("Advanced").orElseThrow();
    List<EvidenceBundle.EvidenceItem> evidence = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      List<String> claims = List.of(ids.get(i % ids.size()), ids.get((i * 7 + 3) % ids.size()));
      evidence.add(
          new EvidenceBundle.EvidenceItem(
              String.format("EV-%03d", i),
              "Evidence item " + i + ": trading review, P&L and CRO notes",
              "What it shows",
              Method.PROFESSIONAL_DISCUSSION,
              ON.minusDays(10 + i % 300),
              claims.stream().distinct().toList(),
              true,
              null,
              i % 10 == 9
                  ? null
                  : new EvidenceBundle.Decision(
                      Verdict.ACCEPTED,
                      advanced,
                      "ASR-1",
                      true,
                      true,
                      ON.minusDays(5),
                      null,
                      null)));
    }
    return new EvidenceBundle(
        new EvidenceBundle.Learner(
            "LRN-" + uln,
            "Learner " + uln,
            new Uln(uln),
            q.id(),
            "head-of-e-commerce-sales",
            ON.minusYears(1),
            6.0),
        evidence);
  }

  private static String uln(int n) {
    for (int i = n * 10; ; i++) {
      String nine = String.format("%09d", 100000000 + i);
      int sum = 0;
      for (int d = 0; d < 9; d++) {
        sum += (nine.charAt(d) - '0') * (10 - d);
      }
      int r = sum % 11;
      if (r > 1) {
        return nine + (10 - r);
      }
    }
  }

  private static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
