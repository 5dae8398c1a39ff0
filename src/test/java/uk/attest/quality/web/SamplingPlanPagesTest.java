package uk.attest.quality.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.attest.PageTestBase;

/** The sampling plan in a browser: the IQA works it, the awarding body's EQA reads it. */
class SamplingPlanPagesTest extends PageTestBase {
  static final String TRAINEE_REASON =
      "Rhys Ó Súilleabháin (trainee) is a trainee assessor, so every one of their decisions is"
          + " sampled.";

  @Test
  void anIqaOpeningThePlanSeesEveryDecisionOfTheTraineePickedWithItsReason() {
    as("iqa.demo").open("/iqa?assessor=asr_demo_trainee");
    List<String> traineeItems =
        browser.findAll(By.cssSelector("#judgements-table tbody tr td:first-child a")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(traineeItems).isNotEmpty();

    browser.open("/iqa").follow(By.linkText("The sampling plan"));
    assertThat(browser.path()).isEqualTo("/iqa/plan");
    assertThat(browser.heading()).isEqualTo("Sampling plan");
    List<WebElement> picks = browser.findAll(By.cssSelector(".attest-pick"));
    for (String title : traineeItems) {
      assertThat(picks)
          .as("the pick of " + title)
          .anySatisfy(
              p -> {
                assertThat(p.findElement(By.cssSelector("h3 a")).getText()).isEqualTo(title);
                assertThat(p.getText()).contains(TRAINEE_REASON, "Not sampled yet");
              });
    }
    assertThat(browser.text())
        .contains("By assessor", "By standard", "By method", "By stage", "Gwenllïan Hughes")
        .doesNotContain("QA-0", "DIRECT_OBSERVATION", "ACTION_REQUIRED");
    browser.screenshot("sampling-plan").assertAccessible();

    // Each pick leads to the item's page, where the sampling form is.
    browser.follow(By.linkText(traineeItems.get(0)));
    assertThat(browser.path()).startsWith("/evidence/");
    assertThat(browser.findAll(By.id("outcome-agreed"))).hasSize(1);
  }

  @Test
  void theIqaChoosesThePeriod() {
    as("iqa.demo").open("/iqa/plan?from=2026-11-01&to=2026-11-30");
    assertThat(browser.text()).contains("1 November 2026", "30 November 2026");
    assertThat(browser.text()).doesNotContain(TRAINEE_REASON);
  }

  @Test
  void theAwardingBodysQualityAssurerReadsTheCentresPlanAndCoverage() {
    as("awarding-body.demo").open("/centres/ctr_demo");
    browser.follow(By.linkText("Sampling plan and coverage"));
    assertThat(browser.path()).isEqualTo("/centres/ctr_demo/sampling");
    assertThat(browser.text())
        .contains(
            "You can read this plan; only the centre's IQA records sampling decisions.",
            TRAINEE_REASON,
            "By assessor");
    browser.screenshot("sampling-plan-eqa").assertAccessible();
  }

  @Test
  void anAssessorOrALearnerCannotOpenThePlan() {
    as("assessor.demo").open("/iqa/plan");
    assertThat(browser.heading()).isEqualTo("You cannot do that here");
    browser.open("/centres/ctr_demo/sampling");
    assertThat(browser.heading()).isEqualTo("You cannot do that here");
    browser.signOut();
    as("learner.ready.demo").open("/centres/ctr_demo/sampling");
    assertThat(browser.heading()).isEqualTo("You cannot do that here");
  }
}
