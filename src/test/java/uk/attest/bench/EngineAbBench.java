package uk.attest.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Two builds of the engine timed side by side in one process, so the machine's drift between runs
 * (which on a shared 2-core machine moves a JMH figure by a fifth from one run to the next) falls
 * on both alike. Each build is loaded from its own checkout (target/classes, target/test-classes
 * and the dependencies listed in target/cp.txt) in a class loader of its own, reads its own
 * criteria/ and rules/, and assesses the same generated learners; the reference evaluator (from the
 * second build) runs beside them. Slices of about {@code SLICE} ms alternate between the
 * contestants; each slice's CPU time per assessment is one sample, and each round gives a ratio.
 *
 * <pre>
 * java -cp NEW_DIR/target/test-classes uk.attest.bench.EngineAbBench BASE_DIR NEW_DIR [ITEMS] [ROUNDS] [SLICE_MS]
 * </pre>
 *
 * The learner generator of each build reads its own checkout's files through {@code
 * uk.attest.Shipped}, pointed there by the system property {@code attest.checkout} (to time a
 * checkout from before that property, copy this build's {@code
 * src/test/java/uk/attest/Shipped.java} into it first: a test-only file).
 *
 * <p>Both checkouts need {@code mvn test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test} first.
 */
public final class EngineAbBench {
  private static final LocalDate ASSESSED_ON = LocalDate.of(2026, 11, 20);
  private static final int LEARNERS = 32;

  private EngineAbBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: EngineAbBench BASE_DIR NEW_DIR [ITEMS] [ROUNDS] [SLICE_MS]");
      System.exit(2);
    }
    int items = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    long sliceNanos = (args.length > 4 ? Long.parseLong(args[4]) : 500) * 1_000_000L;

    System.setProperty("attest.checkout", args[0]);
    Build base = new Build(Path.of(args[0]), items);
    System.setProperty("attest.checkout", args[1]);
    Build next = new Build(Path.of(args[1]), items);
    List<Contestant> all =
        List.of(
            new Contestant("rules, " + args[0], base, base::rules),
            new Contestant("rules, " + args[1], next, next::rules),
            new Contestant("reference", next, next::reference));

    // Warm-up: every contestant in turn until the JIT has settled (20 s each by default).
    long warmUntil = System.nanoTime() + Long.getLong("warmup.seconds", 20) * 1_000_000_000L;
    while (System.nanoTime() < warmUntil) {
      for (Contestant c : all) {
        c.slice(sliceNanos);
      }
    }
    for (Contestant c : all) {
      c.samples.clear();
    }
    List<Double> ratios = new ArrayList<>();
    List<Double> toReference = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      // Alternate which goes first, so neither always follows the other's garbage.
      List<Contestant> order = r % 2 == 0 ? all : List.of(all.get(1), all.get(0), all.get(2));
      for (Contestant c : order) {
        c.slice(sliceNanos);
      }
      ratios.add(all.get(1).last() / all.get(0).last());
      toReference.add(all.get(1).last() / all.get(2).last());
    }
    System.out.printf(
        Locale.ROOT,
        "%d generated learners of %d items, %d rounds of %d ms slices, CPU time per assessment:%n",
        LEARNERS,
        items,
        rounds,
        sliceNanos / 1_000_000);
    for (Contestant c : all) {
      System.out.printf(
          Locale.ROOT,
          "  %-40s median %8.1f us  (p10 %.1f, p90 %.1f)%n",
          c.name,
          pct(c.samples, 50),
          pct(c.samples, 10),
          pct(c.samples, 90));
    }
    System.out.printf(
        Locale.ROOT,
        "  second / first build: median %.3f (p10 %.3f, p90 %.3f)%n",
        pct(ratios, 50),
        pct(ratios, 10),
        pct(ratios, 90));
    System.out.printf(
        Locale.ROOT,
        "  second build / reference: median %.2f (p10 %.2f, p90 %.2f)%n",
        pct(toReference, 50),
        pct(toReference, 10),
        pct(toReference, 90));
  }

  private static double pct(List<Double> values, int p) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted[Math.min(sorted.length - 1, (int) Math.round(p / 100.0 * (sorted.length - 1)))];
  }

  /** One contestant: a way of assessing, timed in slices of CPU time. */
  private static final class Contestant {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    final String name;
    final Build build;
    final Callable<Object> one;
    final List<Double> samples = new ArrayList<>();
    Object sink;

    Contestant(String name, Build build, Callable<Object> one) {
      this.name = name;
      this.build = build;
      this.one = one;
    }

    void slice(long nanos) throws Exception {
      Thread.currentThread().setContextClassLoader(build.loader);
      long wallEnd = System.nanoTime() + nanos;
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      int n = 0;
      do {
        sink = one.call();
        n++;
      } while (System.nanoTime() < wallEnd);
      long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
      samples.add(cpu / 1000.0 / n);
    }

    double last() {
      return samples.get(samples.size() - 1);
    }
  }

  /** One checkout's classes, criteria, rules and the generated learners, in a loader of its own. */
  private static final class Build {
    final URLClassLoader loader;
    final Object engine;
    final Method assess;
    final Object handbook;
    final Method reference;
    final Object[] learners = new Object[LEARNERS];
    int next;

    Build(Path dir, int items) throws Exception {
      List<URL> urls = new ArrayList<>();
      urls.add(dir.resolve("target/classes").toUri().toURL());
      urls.add(dir.resolve("target/test-classes").toUri().toURL());
      for (String jar : Files.readString(dir.resolve("target/cp.txt")).strip().split(":")) {
        urls.add(Path.of(jar).toUri().toURL());
      }
      loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
      Thread.currentThread().setContextClassLoader(loader);
      Class<?> catalogueType = loader.loadClass("uk.attest.catalogue.Catalogue");
      Object catalogue =
          loader
              .loadClass("uk.attest.catalogue.CatalogueLoader")
              .getMethod("load", Path.class)
              .invoke(null, dir.resolve("criteria"));
      Object rules =
          loader
              .loadClass("uk.attest.assessment.drools.DroolsRuleBook")
              .getMethod("load", Path.class)
              .invoke(null, dir.resolve("rules"));
      Class<?> engineType = loader.loadClass("uk.attest.assessment.AssessmentEngine");
      engine =
          engineType
              .getConstructor(catalogueType, loader.loadClass("uk.attest.assessment.RuleBook"))
              .newInstance(catalogue, rules);
      Class<?> bundleType = loader.loadClass("uk.attest.assessment.EvidenceBundle");
      assess = engineType.getMethod("assess", bundleType, LocalDate.class);
      Class<?> handbookType = loader.loadClass("uk.attest.assessment.reference.ForBenchmarks");
      handbook =
          handbookType
              .getConstructor(catalogueType, LocalDate.class)
              .newInstance(catalogue, ASSESSED_ON);
      reference = handbookType.getMethod("assess", bundleType);
      Method learner = handbookType.getMethod("learner", long.class, int.class);
      Method agrees =
          handbookType.getMethod(
              "agrees", bundleType, loader.loadClass("uk.attest.assessment.Assessment"));
      for (int i = 0; i < LEARNERS; i++) {
        learners[i] = learner.invoke(handbook, 20261205L + i, items);
        if (!(Boolean)
            agrees.invoke(handbook, learners[i], assess.invoke(engine, learners[i], ASSESSED_ON))) {
          throw new IllegalStateException(
              dir + ": the rules and the reference disagree on learner " + i);
        }
      }
      System.out.println(dir + ": rules " + rules.getClass().getMethod("version").invoke(rules));
    }

    Object rules() throws Exception {
      Object learner = learners[next];
      next = (next + 1) % LEARNERS;
      return assess.invoke(engine, learner, ASSESSED_ON);
    }

    Object reference() throws Exception {
      Object learner = learners[next];
      next = (next + 1) % LEARNERS;
      return reference.invoke(handbook, learner);
    }
  }
}
