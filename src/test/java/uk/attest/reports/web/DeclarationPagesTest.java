package uk.attest.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.attest.PageTestBase;

/** A learner signs their own declaration with their password; nobody signs for anyone. */
class DeclarationPagesTest extends PageTestBase {

  @Test
  void aLearnerSignsTheirDeclarationWithTheirPasswordAndAWrongOneSignsNothing() {
    as("learner.level6.demo").open("/learners/lrn_demo_level6");
    browser.follow(By.linkText("Declarations: who has signed"));
    assertThat(browser.heading()).isEqualTo("Declarations");
    assertThat(browser.text()).containsPattern("(Not yet signed(.|\\n)*){3}");
    // Only their own declaration has a form.
    assertThat(browser.findAll(By.cssSelector("input[type=password]"))).hasSize(1);
    assertThat(browser.findAll(By.id("password-LEARNER"))).hasSize(1);
    browser.screenshot("declarations").assertAccessible();

    browser.find(By.id("password-LEARNER")).sendKeys("not-my-password");
    browser.follow(By.xpath("//button[normalize-space()='Sign']"));
    assertThat(browser.text())
        .contains("There is a problem", "Password is not right; nothing was signed")
        .containsPattern("(Not yet signed(.|\\n)*){3}");
    browser.screenshot("declarations-wrong-password").assertAccessible();

    browser.find(By.id("password-LEARNER")).sendKeys(PASSWORD);
    browser.follow(By.xpath("//button[normalize-space()='Sign']"));
    assertThat(browser.text())
        .contains("Your declaration is signed.", "Signed by ")
        .containsPattern("(Not yet signed(.|\\n)*){2}");
    browser.screenshot("declarations-signed").assertAccessible();
  }

  @Test
  void anIqaSeesTheLearnersDeclarationButCanSignOnlyTheirs() {
    as("iqa.demo").open("/learners/lrn_demo_ready/declarations");
    assertThat(browser.findAll(By.cssSelector("input[type=password]"))).hasSize(1);
    assertThat(browser.findAll(By.id("password-IQA"))).hasSize(1);
  }
}
