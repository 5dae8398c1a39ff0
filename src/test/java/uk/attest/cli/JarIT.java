package uk.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, as a newcomer runs it: the rules compile inside the fat jar and stdout is clean
 * JSON.
 */
class JarIT {
  record Run(int exit, String out, String err) {}

  static Run jar(String... args) throws IOException, InterruptedException {
    return jarWith(Map.of(), args);
  }

  /** The jar run with these environment variables added. */
  static Run jarWith(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("-jar", "target/attest.jar"));
    command.addAll(List.of(args));
    return java(command, environment);
  }

  /** The same Java as the tests', with these arguments and environment variables added. */
  static Run java(List<String> args, Map<String, String> environment)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(args);
    Path out = Files.createTempFile("attest", ".out");
    Path err = Files.createTempFile("attest", ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(environment);
    Process p = builder.start();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theJarAssessesTheReadyExample() throws Exception {
    Run r = jar("assess", "examples/ready-learner.json", "--date", "2026-11-20");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("{").contains("\"status\" : \"READY\"", "\"score\" : 100");
  }

  @Test
  void theJarValidatesTheShippedFiles() throws Exception {
    Run r = jar("validate");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("rules OK");
  }

  @Test
  void theJarRefusesABadBundleWithExitCode2() throws Exception {
    Run r = jar("assess", "pom.xml", "--date", "2026-11-20");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("not JSON");
  }

  @Test
  void theJarsSuggestionsAreTheOnlyThingOnStdoutAndTheModelsNotesStayOffIt() throws Exception {
    Path text = Files.createTempFile("commission", ".txt");
    Files.writeString(text, CliTest.COMMISSION);
    Run r = jar("suggest", text.toString(), "--top", "2");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("[").endsWith("]\n").contains("\"criterion\" : \"ATTECL12.P2\"");
    assertThat(r.out()).doesNotContain("WARN", "INFO", "CudaUtils");
    assertThat(r.err()).doesNotContain("CudaUtils");
  }

  @Test
  void fastStartMakesAFolderWhoseClassArchiveTheServiceStartsFrom(@TempDir Path tmp)
      throws Exception {
    Path folder = tmp.resolve("fast");
    // A shell set up for production: the training start must use a scratch database regardless
    // (with these it would refuse H2, or reach for a database that is not there).
    Run made =
        jarWith(
            Map.of(
                "SPRING_PROFILES_ACTIVE", "production,postgres",
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:1/nowhere"),
            "fast-start",
            "--out",
            folder.toString());
    assertThat(made.exit()).as(made.err()).isZero();
    Path archive = folder.resolve("attest.jsa").toAbsolutePath();
    Path app = folder.resolve("attest.jar").toAbsolutePath();
    assertThat(made.out().strip())
        .isEqualTo("java -XX:SharedArchiveFile=" + archive + " -jar " + app);
    // -Xshare:on: the JVM refuses to start at all unless it can use the archive, rather than
    // quietly starting without it.
    Path loads = tmp.resolve("class-loads.txt");
    Run started =
        java(
            List.of(
                "-Xshare:on",
                "-XX:SharedArchiveFile=" + archive,
                "-Xlog:class+load=info:file=" + loads,
                "-jar",
                app.toString(),
                "validate"),
            Map.of());
    assertThat(started.exit()).as(started.err()).isZero();
    assertThat(started.out()).contains("rules OK");
    List<String> lines = Files.readAllLines(loads);
    assertThat(lines)
        .as("the application's own classes come from the archive")
        .anyMatch(l -> l.contains("uk.attest.cli.Cli source: shared objects file"))
        .anyMatch(l -> l.contains("org.drools.") && l.contains("source: shared objects file"));
  }

  @Test
  void fastStartRefusesAFolderWithAnythingInItAndLeavesItAlone(@TempDir Path tmp) throws Exception {
    Path kept = Files.writeString(tmp.resolve("notes.txt"), "mine");
    Run r = jar("fast-start", "--out", tmp.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(tmp.toString(), "is not empty");
    assertThat(Files.readString(kept)).isEqualTo("mine");
    try (var entries = Files.list(tmp)) {
      assertThat(entries).containsExactly(kept);
    }
  }
}
