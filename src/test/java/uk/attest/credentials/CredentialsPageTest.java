package uk.attest.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.attest.PageTestBase;

/** A learner who is ready finds their credentials from their own page and downloads them. */
class CredentialsPageTest extends PageTestBase {

  @Test
  void aReadyLearnerFindsACredentialForEachAchievedUnitAndTheQualification() {
    as("learner.ready.demo").open("/learners/lrn_demo_ready");
    browser.follow(By.partialLinkText("Credentials"));

    assertThat(browser.path()).isEqualTo("/learners/lrn_demo_ready/credentials");
    String page = browser.text();
    assertThat(page)
        .contains("Credentials", "Open Badges 3.0")
        .doesNotContain("No credentials yet");
    assertThat(browser.findAll(By.cssSelector("main a[href$='.jwt']"))).isNotEmpty();
    browser.screenshot("credentials").assertAccessible();
  }
}
