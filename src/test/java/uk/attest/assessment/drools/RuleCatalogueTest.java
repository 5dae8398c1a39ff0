package uk.attest.assessment.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * House style, rules: every rule has a stable id and a plain name, and every rule is tested, so a
 * new rule without a test fails the build.
 */
class RuleCatalogueTest {

  private static final Pattern NAME = Pattern.compile("^[A-Z]{2,4}-\\d{2} [A-Z].+");
  private static final Pattern QUOTED_ID = Pattern.compile("\"([A-Z]{2,4}-\\d{2})\"");
  private static final Path TESTS = Path.of("src/test/java/uk/attest/assessment/drools");

  private static String idOf(String ruleName) {
    return ruleName.substring(0, ruleName.indexOf(' '));
  }

  @Test
  void everyRuleHasAnIdAndAPlainName() {
    assertThat(Judge.RULES.ruleNames())
        .isNotEmpty()
        .allMatch(n -> NAME.matcher(n).matches(), "matches " + NAME);
  }

  @Test
  void noTwoRulesShareAnId() {
    List<String> ids = Judge.RULES.ruleNames().stream().map(RuleCatalogueTest::idOf).toList();

    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void everyRuleIsNamedInAtLeastOneTest() throws IOException {
    Set<String> tested = new TreeSet<>();
    try (Stream<Path> files = Files.list(TESTS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        if (file.getFileName().toString().equals("RuleCatalogueTest.java")) {
          continue;
        }
        Matcher m = QUOTED_ID.matcher(Files.readString(file));
        while (m.find()) {
          tested.add(m.group(1));
        }
      }
    }
    Set<String> ids =
        Judge.RULES.ruleNames().stream()
            .map(RuleCatalogueTest::idOf)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(tested).as("rule ids quoted in the tests in " + TESTS).containsAll(ids);
  }
}
