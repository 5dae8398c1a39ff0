package uk.attest.bench;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.attest.shared.Sha256;

/**
 * Heap while files are large: the service runs in a child JVM at -Xmx768m (on H2 in a file, the
 * default database, or on PostgreSQL) while six clients (one per learner, as one assessor) each
 * upload an item of four 24 MiB files at once, and then download all 24 files at once, checking
 * each against its SHA-256. Prints whether every upload and download succeeded, the child's peak
 * heap in use (sampled every 10 ms) and the most heap live after any garbage collection (from its
 * GC log), and whether it ran out of memory.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=uk.attest.bench.BigUploadBench -Dexec.args="h2"} (or {@code postgres}).
 */
public final class BigUploadBench {
  private static final int CLIENTS = 6;
  private static final int FILES = 4;
  private static final long FILE_BYTES = 24L * 1024 * 1024;
  private static final Pattern GC_PAUSE =
      Pattern.compile("Pause (?:Young|Full).* (\\d+)M->(\\d+)M\\((\\d+)M\\)");

  private BigUploadBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("child")) {
      child(args[1]);
      return;
    }
    String database = args.length > 0 ? args[0] : "h2";
    Path work = Files.createTempDirectory("attest-big-upload");
    Path gcLog = work.resolve("gc.log");
    String childDatabase =
        database.equals("postgres") ? "postgres" : "h2-file:" + work.resolve("attest");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-Xlog:gc:file=" + gcLog,
                "-cp",
                classPath(),
                BigUploadBench.class.getName(),
                "child",
                childDatabase)
            .redirectErrorStream(true)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    List<String> childLines = Collections.synchronizedList(new ArrayList<>());
    String ready = null;
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      childLines.add(line);
      if (line.startsWith("READY ")) {
        ready = line;
        break;
      }
    }
    if (ready == null) {
      childLines.forEach(System.err::println);
      throw new IllegalStateException("the service did not start");
    }
    Thread echo =
        new Thread(
            () -> {
              try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  childLines.add(line);
                }
              } catch (IOException e) {
                // the child has gone
              }
            });
    echo.start();
    String[] parts = ready.split(" ");
    String base = parts[1];
    String[] learners = parts[2].split(",");
    String token = parts[3] + " " + parts[4];
    HttpClient http = HttpClient.newHttpClient();

    LiveHeap live = new LiveHeap(child.pid());
    live.start();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    Map<String, String> sentHashes = new ConcurrentHashMap<>();
    List<Future<String>> uploads = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      uploads.add(
          pool.submit(() -> upload(http, base, token, learners[client], client, sentHashes)));
    }
    int uploaded = 0;
    List<String> failures = new ArrayList<>();
    List<String> hrefs = new ArrayList<>();
    for (Future<String> f : uploads) {
      String result = f.get();
      if (result.startsWith("201 ")) {
        uploaded++;
        Matcher m = Pattern.compile("\"href\":\"([^\"]+)\"").matcher(result);
        Matcher h = Pattern.compile("\"sha256\":\"([0-9a-f]{64})\"").matcher(result);
        while (m.find() && h.find()) {
          hrefs.add(m.group(1) + " " + h.group(1));
        }
      } else {
        failures.add(result.length() > 300 ? result.substring(0, 300) : result);
      }
    }
    double uploadSeconds = (System.nanoTime() - start) / 1e9;

    start = System.nanoTime();
    List<Future<Boolean>> downloads = new ArrayList<>();
    for (String href : hrefs) {
      downloads.add(pool.submit(() -> download(http, base, token, href, sentHashes)));
    }
    int downloaded = 0;
    for (Future<Boolean> f : downloads) {
      downloaded += f.get() ? 1 : 0;
    }
    double downloadSeconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    live.interrupt();
    live.join();

    child.getOutputStream().write("quit\n".getBytes(StandardCharsets.UTF_8));
    child.getOutputStream().flush();
    child.waitFor();
    echo.join();
    String peak =
        childLines.stream().filter(l -> l.startsWith("PEAK ")).findFirst().orElse("PEAK ?");
    Files.write(work.resolve("service.log"), childLines);
    try (var files = Files.list(work)) { // the H2 database: over a gigabyte, and no longer needed
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("attest")).toList()) {
        Files.delete(f);
      }
    }
    if (!failures.isEmpty()) {
      childLines.stream()
          .filter(l -> l.contains("ERROR") || l.contains("Caused by") || l.contains("Exception"))
          .limit(20)
          .forEach(l -> System.out.println("  service: " + l));
    }
    boolean outOfMemory = childLines.stream().anyMatch(l -> l.contains("OutOfMemoryError"));
    long liveAfterGc = 0;
    long usedBeforeGc = 0;
    int collections = 0;
    for (String line : Files.readAllLines(gcLog)) {
      Matcher m = GC_PAUSE.matcher(line);
      if (m.find()) {
        collections++;
        usedBeforeGc = Math.max(usedBeforeGc, Long.parseLong(m.group(1)));
        liveAfterGc = Math.max(liveAfterGc, Long.parseLong(m.group(2)));
      }
    }
    System.out.printf(
        Locale.UK,
        "%s, child at -Xmx768m: %d clients x %d files x %d MiB%n"
            + "  uploads: %d of %d stored (201) in %.1f s%s%n"
            + "  downloads: %d of %d identical (SHA-256) in %.1f s%n"
            + "  heap in use, sampled every 10 ms: %s%n"
            + "  GC log: %d pauses, most in use before a young or full pause %d MB, most live after one %d MB%n"
            + "  live heap (a full GC by jcmd GC.class_histogram every 3 s): at most %d MB%n"
            + "%s"
            + "  OutOfMemoryError: %s%n"
            + "  (the service's output and GC log are in %s)%n",
        database,
        CLIENTS,
        FILES,
        FILE_BYTES >> 20,
        uploaded,
        CLIENTS,
        uploadSeconds,
        failures.isEmpty() ? "" : "; failures: " + failures,
        downloaded,
        hrefs.size(),
        downloadSeconds,
        peak.substring("PEAK ".length()),
        collections,
        usedBeforeGc,
        liveAfterGc,
        live.peak >> 20,
        live.top,
        outOfMemory ? "yes" : "no",
        work);
  }

  /**
   * The child's live heap, measured every 3 s by a heap histogram (which collects all garbage
   * first): the most seen, and the largest classes at that moment.
   */
  private static final class LiveHeap extends Thread {
    private final long pid;
    volatile long peak;
    volatile String top = "";

    LiveHeap(long pid) {
      this.pid = pid;
      setDaemon(true);
    }

    @Override
    public void run() {
      Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
      while (!isInterrupted()) {
        try {
          Process p =
              new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram")
                  .redirectErrorStream(true)
                  .start();
          List<String> lines =
              new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                  .lines()
                  .toList();
          p.waitFor();
          for (String line : lines) {
            if (line.startsWith("Total ")) {
              long bytes = Long.parseLong(line.trim().split("\\s+")[2]);
              if (bytes > peak) {
                peak = bytes;
                StringBuilder classes = new StringBuilder();
                lines.stream()
                    .filter(l -> l.matches("\\s*[1-4]:.*"))
                    .forEach(l -> classes.append("    ").append(l.trim()).append('\n'));
                top = classes.toString();
              }
            }
          }
          Thread.sleep(3000);
        } catch (InterruptedException e) {
          return;
        } catch (IOException e) {
          return;
        }
      }
    }
  }

  /** The bench's class path, also when exec:java runs it in a class loader of its own. */
  private static String classPath() {
    if (Thread.currentThread().getContextClassLoader() instanceof java.net.URLClassLoader loader
        && loader.getURLs().length > 1) {
      List<String> paths = new ArrayList<>();
      for (java.net.URL url : loader.getURLs()) {
        try {
          paths.add(Path.of(url.toURI()).toString());
        } catch (java.net.URISyntaxException e) {
          throw new IllegalStateException(e);
        }
      }
      return String.join(java.io.File.pathSeparator, paths);
    }
    return System.getProperty("java.class.path");
  }

  /** One client's upload of four files, generated as they are sent; "status body". */
  private static String upload(
      HttpClient http,
      String base,
      String token,
      String learner,
      int client,
      Map<String, String> sentHashes)
      throws Exception {
    String boundary = "big-upload-" + client;
    String metadata =
        "{\"title\": \"Recorded observation "
            + client
            + "\", \"method\": \"DIRECT_OBSERVATION\", \"activityDate\": \"2026-06-01\","
            + " \"criteria\": [\"ATTECL02.P1\"], \"learnerDeclaration\": true}";
    List<InputStream> body = new ArrayList<>();
    body.add(
        text(
            "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type:"
                + " application/json\r\n\r\n"
                + metadata
                + "\r\n"));
    for (int f = 0; f < FILES; f++) {
      String name = "recording-" + client + "-" + f + ".pdf";
      body.add(
          text(
              "--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                  + name
                  + "\"\r\nContent-Type: application/pdf\r\n\r\n"));
      body.add(new PdfLike(client * 100L + f, FILE_BYTES, name, sentHashes));
      body.add(text("\r\n"));
    }
    body.add(text("--" + boundary + "--\r\n"));
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/learners/" + learner + "/evidence"))
                .header("Authorization", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.SequenceInputStream(Collections.enumeration(body))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return r.statusCode() + " " + r.body();
  }

  /** Downloads one file ("href sha256"), hashing it as it comes; whether it is the file sent. */
  private static boolean download(
      HttpClient http, String base, String token, String hrefAndHash, Map<String, String> sent)
      throws Exception {
    String[] parts = hrefAndHash.split(" ");
    HttpResponse<InputStream> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + parts[0]))
                .header("Authorization", token)
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    MessageDigest digest = Sha256.digest();
    try (InputStream in = r.body();
        OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
      in.transferTo(sink);
    }
    String got = HexFormat.of().formatHex(digest.digest());
    return r.statusCode() == 200 && got.equals(parts[1]) && sent.containsValue(got);
  }

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A file that starts like a PDF followed by pseudo-random bytes (so nothing compresses them),
   * generated as it is read; its SHA-256 is recorded once it has all been read.
   */
  private static final class PdfLike extends InputStream {
    private final SplittableRandom random;
    private final long size;
    private final String name;
    private final Map<String, String> hashes;
    private final MessageDigest digest = Sha256.digest();
    private final byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
    private long position;

    PdfLike(long seed, long size, String name, Map<String, String> hashes) {
      this.random = new SplittableRandom(seed);
      this.size = size;
      this.name = name;
      this.hashes = hashes;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= size) {
        hashes.computeIfAbsent(name, n -> HexFormat.of().formatHex(digest.digest()));
        return -1;
      }
      int n = (int) Math.min(len, size - position);
      for (int i = 0; i < n; i++) {
        long at = position + i;
        b[off + i] = at < head.length ? head[(int) at] : (byte) random.nextInt(256);
      }
      digest.update(b, off, n);
      position += n;
      return n;
    }
  }

  /**
   * The child: starts the service, registers six learners of one assessor, prints "READY base
   * learner,learner,… token" (the assessor's), samples heap use every 10 ms until told to quit,
   * then prints "PEAK …".
   */
  private static void child(String database) throws Exception {
    PrintStream out = System.out;
    AtomicLong peak = new AtomicLong();
    var memory = ManagementFactory.getMemoryMXBean();
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(10);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    try (BenchService service = new BenchService(database)) {
      BenchService.Learner learner = service.learnerWithAssessor();
      String token = service.token(learner.assessorUser());
      peak.set(0);
      sampler.start();
      List<String> learners = new ArrayList<>(List.of(learner.id()));
      for (int i = 1; i < CLIENTS; i++) {
        learners.add(service.anotherLearner(learner, i));
      }
      out.println("READY " + service.base + " " + String.join(",", learners) + " " + token);
      out.flush();
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      sampler.interrupt();
      out.printf(
          Locale.UK,
          "PEAK %d MB at most of %d MB%n",
          peak.get() >> 20,
          memory.getHeapMemoryUsage().getMax() >> 20);
      out.flush();
    }
    System.exit(0);
  }
}
