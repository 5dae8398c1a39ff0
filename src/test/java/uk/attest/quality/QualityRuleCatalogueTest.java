package uk.attest.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.attest.assessment.drools.DroolsRuleBook;
import uk.attest.catalogue.CriteriaCopy;

/**
 * House style for rules/quality/: a rule book of its own (the assessment rules never see it and
 * their version does not move with it), every rule with an id and a plain name, and every rule
 * named in a test.
 */
class QualityRuleCatalogueTest {
  private static final Pattern NAME = Pattern.compile("^QA-\\d{2} [A-Z].+");
  private static final Pattern QUOTED_ID = Pattern.compile("\"(QA-\\d{2})\"");

  @Test
  void everyQualityRuleHasAnIdAndAPlainName() {
    assertThat(Plan.RULES.ruleNames())
        .isNotEmpty()
        .allMatch(n -> NAME.matcher(n).matches(), "matches " + NAME);
  }

  @Test
  void everyQualityRuleIsNamedInAtLeastOneTest() throws IOException {
    Set<String> tested = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/java/uk/attest/quality"))) {
      for (Path file : files.filter(f -> f.toString().endsWith("RulesTest.java")).toList()) {
        Matcher m = QUOTED_ID.matcher(Files.readString(file));
        while (m.find()) {
          tested.add(m.group(1));
        }
      }
    }
    Set<String> ids =
        Plan.RULES.ruleNames().stream()
            .map(n -> n.substring(0, n.indexOf(' ')))
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(tested).containsAll(ids);
  }

  @Test
  void theAssessmentRulesNeverSeeTheQualityRules() {
    DroolsRuleBook assessment = DroolsRuleBook.load(Path.of("rules"));

    assertThat(assessment.ruleNames()).noneMatch(n -> n.startsWith("QA-"));
    assertThat(Plan.RULES.ruleNames()).allMatch(n -> n.startsWith("QA-"));
  }

  @Test
  void changingAQualityRuleChangesItsVersionAndNotTheAssessmentRulesVersion(@TempDir Path temp)
      throws IOException {
    Path copy = temp.resolve("rules");
    CriteriaCopy.copy(Path.of("rules"), copy);
    String assessment = DroolsRuleBook.load(copy).version();
    String quality = DroolsRuleBook.load(copy, "quality").version();
    Path stage = copy.resolve("quality/stage.drl");
    Files.writeString(stage, Files.readString(stage) + "\n// a comment\n");

    assertThat(DroolsRuleBook.load(copy).version()).isEqualTo(assessment);
    assertThat(DroolsRuleBook.load(copy, "quality").version()).isNotEqualTo(quality);
  }

  @Test
  void aQualityRuleWithoutAStageIsReportedWithItsFileAndLine(@TempDir Path temp)
      throws IOException {
    Path copy = temp.resolve("rules");
    CriteriaCopy.copy(Path.of("rules"), copy);
    Path stage = copy.resolve("quality/stage.drl");
    Files.writeString(
        stage, Files.readString(stage).replace("    ruleflow-group \"order-picks\"\n", ""));

    assertThatThrownBy(() -> DroolsRuleBook.load(copy, "quality"))
        .hasMessageContaining("rules/quality/stage.drl:")
        .hasMessageContaining("QA-09");
  }
}
