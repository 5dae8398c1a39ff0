package uk.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, as a newcomer runs it: the rules compile inside the fat jar and stdout is clean
 * JSON.
 */
class JarIT {
  record Run(int exit, String out, String err) {}

  static Run jar(String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                "target/attest.jar"));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("attest", ".out");
    Path err = Files.createTempFile("attest", ".err");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
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
}
