package uk.attest.application;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import uk.attest.AttestApplication;
import uk.attest.assessment.drools.RuleBookException;

/**
 * Both rule books compile on threads of their own during start-up; a rules file that does not
 * compile still stops the service before it takes a request, naming the file and line.
 */
class BrokenRulesStopStartUpTest {

  @Test
  void aBrokenAssessmentRuleStopsStartUpNamingItsFileAndLine(@TempDir Path dir) throws Exception {
    Path rules = copyOfTheRules(dir);
    Files.writeString(
        rules.resolve("evidence/broken.drl"),
        "package evidence\n\nrule \"X-01 half a rule\" when then");

    assertThatThrownBy(() -> start(rules))
        .isInstanceOf(RuleBookException.class)
        .hasMessageContaining("rules/evidence/broken.drl:3:");
  }

  @Test
  void aBrokenSamplingRuleStopsStartUpNamingItsFileAndLine(@TempDir Path dir) throws Exception {
    Path rules = copyOfTheRules(dir);
    Files.writeString(
        rules.resolve("quality/broken.drl"),
        "package quality\n\nrule \"X-01 half a rule\" when then");

    assertThatThrownBy(() -> start(rules))
        .isInstanceOf(RuleBookException.class)
        .hasMessageContaining("rules/quality/broken.drl:3:");
  }

  private static void start(Path rules) {
    new SpringApplicationBuilder(AttestApplication.class)
        .run(
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:mem:broken-rules-"
                + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "--attest.demo-data.enabled=false",
            "--attest.rules-dir=" + rules)
        .close();
  }

  private static Path copyOfTheRules(Path dir) throws IOException {
    Path copy = dir.resolve("rules");
    try (Stream<Path> files = Files.walk(Path.of("rules"))) {
      for (Path from : files.toList()) {
        Path to = copy.resolve(Path.of("rules").relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    return copy;
  }
}
