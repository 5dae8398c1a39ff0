package uk.attest.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upload the service answered 201 is kept, whatever happens next: the service runs in a child
 * JVM on its real settings, four clients upload evidence without pause, and the JVM is killed with
 * SIGKILL (no shutdown hook, nothing flushed) at a random moment; it is started again on the same
 * database, every acknowledged item must be there and the audit chain must check as intact. Then
 * the same again, {@code attest.kills} times (5 by default; the closing figures used 20).
 */
abstract class KillTestBase {
  private static final String PASSWORD = "kill test password, not a real one";
  private static final int KILLS = Integer.getInteger("attest.kills", 5);

  @TempDir Path workDir;
  private Process child;
  private Path log;
  private String base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The settings that choose the database, beside the service's own defaults. */
  protected abstract List<String> databaseArguments();

  @Test
  void everyAcknowledgedUploadSurvivesAKill() throws Exception {
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    int attempts = 0;
    for (int kill = 1; kill <= KILLS; kill++) {
      start();
      String token = token("assessor.demo");
      Load load = new Load(token, acknowledged);
      load.runUntilAcknowledged(3, Duration.ofMillis(ThreadLocalRandom.current().nextInt(1_500)));
      child.destroyForcibly(); // SIGKILL on Linux: the service gets no chance to flush anything
      child.waitFor(30, TimeUnit.SECONDS);
      load.stop();
      attempts += load.attempts;
      assertThat(load.acknowledgedNow)
          .as("kill %d: the load was running when the service was killed", kill)
          .isPositive();
    }
    start();
    String assessor = token("assessor.demo");
    List<String> missing = new ArrayList<>();
    for (String id : acknowledged) {
      int status = get(assessor, "/api/evidence/" + id).statusCode();
      if (status != 200) {
        missing.add(id + " (" + status + ")");
      }
    }
    HttpResponse<String> verify = get(token("admin.demo"), "/api/audit/verify");
    System.out.printf(
        "%s: %d kills, %d uploads sent, %d acknowledged, %d missing%n",
        getClass().getSimpleName(), KILLS, attempts, acknowledged.size(), missing.size());

    assertThat(missing).as("acknowledged uploads missing after %d kills", KILLS).isEmpty();
    assertThat(verify.statusCode()).isEqualTo(200);
    assertThat(verify.body()).contains("\"intact\":true");
  }

  /** What is left once the service has stopped for good (e.g. a schema to drop). */
  protected void afterService() throws Exception {}

  @AfterEach
  void stopChild() throws Exception {
    if (child != null && child.isAlive()) {
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    afterService();
  }

  /** Starts the service in a child JVM in the work folder and waits until it answers. */
  private void start() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path repo = Path.of("").toAbsolutePath();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "uk.attest.AttestApplication",
                "--server.port=" + port,
                "--attest.criteria-dir=" + repo.resolve("criteria"),
                "--attest.rules-dir=" + repo.resolve("rules"),
                "--attest.reports-dir=" + repo.resolve("reports"),
                "--attest.demo-data.password=" + PASSWORD,
                "--logging.level.root=WARN"));
    command.addAll(databaseArguments());
    log = workDir.resolve("service.log");
    child =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    base = "http://127.0.0.1:" + port;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      if (!child.isAlive()) {
        throw new AssertionError("the service did not start:\n" + tail());
      }
      try {
        if (http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the service did not answer within 180 s:\n" + tail());
  }

  private String tail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private String token(String username) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("token for %s: %s", username, r.body()).isEqualTo(201);
    return "Bearer " + r.body().replaceFirst("^.*\"token\":\"([^\"]+)\".*$", "$1").strip();
  }

  private HttpResponse<String> get(String token, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", token).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Four clients uploading one small item after another, each with its own idempotency key. */
  private final class Load {
    private final String token;
    private final Set<String> acknowledged;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService clients = Executors.newFixedThreadPool(4);
    private volatile int attempts;
    private volatile int acknowledgedNow;

    Load(String token, Set<String> acknowledged) {
      this.token = token;
      this.acknowledged = acknowledged;
    }

    /** Runs until a few uploads were acknowledged, then a random while more: then the kill. */
    void runUntilAcknowledged(int few, Duration more) throws InterruptedException {
      for (int i = 0; i < 4; i++) {
        clients.execute(this::upload);
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (acknowledgedNow < few && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      Thread.sleep(more.toMillis());
    }

    void stop() throws InterruptedException {
      running.set(false);
      clients.shutdown();
      clients.awaitTermination(60, TimeUnit.SECONDS);
    }

    private void upload() {
      while (running.get()) {
        String key = UUID.randomUUID().toString();
        try {
          synchronized (this) {
            attempts++;
          }
          HttpResponse<String> r = http.send(request(key), HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() == 201) {
            acknowledged.add(r.body().replaceFirst("^\\{\"id\":\"([^\"]+)\".*$", "$1").strip());
            synchronized (this) {
              acknowledgedNow++;
            }
          }
        } catch (IOException | InterruptedException killed) {
          return; // the service is gone: this client stops
        }
      }
    }

    private HttpRequest request(String key) {
      String boundary = "kill-" + key;
      String metadata =
          "{\"title\": \"Margin bridge "
              + key.substring(0, 8)
              + "\", \"method\": \"PRODUCT\", \"activityDate\": \"2026-06-01\","
              + " \"learnerDeclaration\": true, \"criteria\": [\"ATTECL03.P1\"]}";
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                  + "Content-Type: application/json\r\n\r\n"
                  + metadata
                  + "\r\n--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"notes.txt\""
                  + "\r\nContent-Type: text/plain\r\n\r\nNotes "
                  + key
                  + "\r\n--"
                  + boundary
                  + "--\r\n")
              .getBytes(StandardCharsets.UTF_8));
      return HttpRequest.newBuilder(URI.create(base + "/api/learners/lrn_demo_halfway/evidence"))
          .header("Authorization", token)
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .header("Idempotency-Key", key)
          .timeout(Duration.ofSeconds(30))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
          .build();
    }
  }
}
