package uk.attest.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.attest.assessment.drools.DroolsRuleBook;
import uk.attest.assessment.drools.RuleBookException;

/** Rules compiled on their own thread during start-up are the same rules, and fail the same way. */
class BackgroundRuleBookTest {

  @Test
  void rulesCompiledInTheBackgroundAreTheRulesFolderWithItsVersion() {
    BackgroundRuleBook rules =
        new BackgroundRuleBook(() -> DroolsRuleBook.load(Path.of("rules")), "test-compiler");
    assertThat(rules.version()).isEqualTo(DroolsRuleBook.load(Path.of("rules")).version());
  }

  @Test
  void aRulesFolderThatDoesNotCompileFailsWithTheCompilersOwnError(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("stages.txt"), "classification\n");
    Files.writeString(dir.resolve("broken.drl"), "package broken\nrule \"X-01 half\" when then");
    BackgroundRuleBook rules =
        new BackgroundRuleBook(() -> DroolsRuleBook.load(dir), "test-compiler");
    assertThatThrownBy(rules::version).isInstanceOf(RuleBookException.class);
  }
}
