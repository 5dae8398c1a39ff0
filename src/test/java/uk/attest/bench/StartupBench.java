package uk.attest.bench;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Start-up of the packaged jar to its first answer, as a person meets it: {@code java -jar
 * target/attest.jar} in a fresh folder (so a new embedded database, migrations and the demo data
 * every time; the catalogue, rules and report assets are this folder's), timed from launching the
 * JVM to the first 200 from the sign-in page. Runs each given way of starting N times, the ways
 * interleaved so a busy machine weighs on each alike, and prints each way's median, minimum and
 * maximum.
 *
 * <p>Run after {@code mvn package}: {@code java -cp target/test-classes
 * uk.attest.bench.StartupBench 5 target/attest.jar "" "-Xshare:on
 * -XX:SharedArchiveFile=$PWD/target/fast-start/attest.jsa jar=target/fast-start/attest.jar"}: N,
 * the jar, then one argument per way of starting, each the JVM options it adds ("" for none); an
 * option {@code jar=PATH} starts that jar instead (another build's, or the folder {@code
 * fast-start} made), so two builds can be timed in one run. The JVM runs in a fresh folder, so a
 * path in a JVM option must be absolute ({@code -Xshare:on} makes a wrong one stop the start
 * instead of quietly starting without the archive).
 */
public final class StartupBench {
  private StartupBench() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path jar = Path.of(args.length > 1 ? args[1] : "target/attest.jar").toAbsolutePath();
    List<String> ways = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("");
    Path repo = Path.of("").toAbsolutePath();
    long[][] millis = new long[ways.size()][runs];
    for (int run = 0; run < runs; run++) {
      for (int w = 0; w < ways.size(); w++) {
        millis[w][run] = once(jar, repo, ways.get(w));
        System.out.printf(
            Locale.UK, "  run %d, %s: %d ms%n", run + 1, label(ways.get(w)), millis[w][run]);
      }
    }
    for (int w = 0; w < ways.size(); w++) {
      long[] sorted = millis[w].clone();
      Arrays.sort(sorted);
      System.out.printf(
          Locale.UK,
          "%s: median %d ms of %d (min %d, max %d)%n",
          label(ways.get(w)),
          // The middle start, or the mean of the two middle ones for an even number.
          (sorted[(runs - 1) / 2] + sorted[runs / 2]) / 2,
          runs,
          sorted[0],
          sorted[runs - 1]);
    }
  }

  private static String label(String way) {
    return way.isBlank() ? "java -jar" : "java " + way + " -jar";
  }

  /** Milliseconds from launching the JVM to the sign-in page's first 200. */
  private static long once(Path jar, Path repo, String way) throws Exception {
    Path folder = Files.createTempDirectory("attest-start");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of(javaCommand()));
    for (String option : way.isBlank() ? new String[0] : way.strip().split("\\s+")) {
      if (option.startsWith("jar=")) {
        // Another checkout's jar (target/attest.jar, or a folder fast-start made under it), with
        // that checkout's criteria, rules and reports.
        jar = Path.of(option.substring("jar=".length())).toAbsolutePath();
        repo = checkoutOf(jar);
      } else {
        command.add(option);
      }
    }
    command.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "--server.port=" + port,
            "--attest.criteria-dir=" + repo.resolve("criteria"),
            "--attest.rules-dir=" + repo.resolve("rules"),
            "--attest.reports-dir=" + repo.resolve("reports")));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
    HttpRequest signIn =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long start = System.nanoTime();
    Process service =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("service.log").toFile())
            .start();
    try {
      while (true) {
        if (!service.isAlive()) {
          throw new IllegalStateException(
              "the service stopped: see " + folder.resolve("service.log"));
        }
        try {
          if (http.send(signIn, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            return (System.nanoTime() - start) / 1_000_000;
          }
        } catch (java.io.IOException notYet) {
          // not listening yet
        }
        Thread.sleep(10);
        if (System.nanoTime() - start > 600_000_000_000L) {
          throw new IllegalStateException("no answer in 10 minutes");
        }
      }
    } finally {
      service.destroy();
      service.waitFor();
      deleteAll(folder);
    }
  }

  /** The nearest folder above the jar with a criteria folder in it: the jar's checkout. */
  private static Path checkoutOf(Path jar) {
    for (Path p = jar.getParent(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("criteria"))) {
        return p;
      }
    }
    throw new IllegalArgumentException(jar + " is in no checkout (no criteria folder above it)");
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void deleteAll(Path folder) throws Exception {
    try (var paths = Files.walk(folder)) {
      paths
          .sorted((a, b) -> b.getNameCount() - a.getNameCount())
          .map(Path::toFile)
          .forEach(File::delete);
    }
  }
}
