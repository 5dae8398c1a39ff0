package uk.attest.learners.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import uk.attest.PageTestBase;

/** An administrator sets up a centre, its people, a registration and an account in a browser. */
class AdminPagesTest extends PageTestBase {

  private void press(String words) {
    browser.follow(By.xpath("//button[normalize-space()='" + words + "']"));
  }

  @Test
  void anAdminSetsUpACentreAssessorLearnerRegistrationAndAccount() {
    as("admin.demo");
    assertThat(browser.path()).isEqualTo("/admin");
    browser.screenshot("admin").assertAccessible();

    browser.find(By.id("centre-name")).sendKeys("Coleg y Cymoedd");
    press("Add centre");
    assertThat(browser.text()).contains("Centre 'Coleg y Cymoedd' created");
    browser.follow(By.linkText("Coleg y Cymoedd"));

    browser.find(By.id("assessor-name")).sendKeys("Dafydd ap Gwilym");
    browser.find(By.cssSelector("label[for=assessor-qualified]")).click();
    press("Add assessor");
    assertThat(browser.text()).contains("Assessor 'Dafydd ap Gwilym' added");

    browser.find(By.id("learner-name")).sendKeys("Elin Ŵyn");
    browser.find(By.id("learner-uln")).sendKeys("0000000042");
    press("Enrol learner");
    assertThat(browser.text()).contains("Learner 'Elin Ŵyn' enrolled");

    new Select(browser.find(By.id("registration-learner"))).selectByVisibleText("Elin Ŵyn");
    new Select(browser.find(By.id("registration-qualification")))
        .selectByVisibleText("Attest Level 5 Diploma in E-commerce Sales Leadership");
    new Select(browser.find(By.id("registration-role"))).selectByIndex(1);
    browser.find(By.id("registration-start")).sendKeys("2026-09-01");
    new Select(browser.find(By.id("registration-assessor")))
        .selectByVisibleText("Dafydd ap Gwilym");
    press("Register");
    assertThat(browser.text()).contains("Registration saved");
    browser.screenshot("admin-centre").assertAccessible();

    browser.open("/admin/accounts");
    browser.find(By.id("account-username")).sendKeys("elin.wyn");
    browser.find(By.id("account-name")).sendKeys("Elin Ŵyn");
    browser.find(By.id("account-password")).sendKeys("tair llong yn hwylio heibio");
    new Select(browser.find(By.id("account-role"))).selectByValue("LEARNER");
    new Select(browser.find(By.id("account-learner"))).selectByVisibleText("Elin Ŵyn");
    press("Create account");
    assertThat(browser.text()).contains("Account 'elin.wyn' created");
    browser.screenshot("admin-accounts").assertAccessible();
  }

  @Test
  void aWrongFormShowsEveryProblemBesideItsField() {
    as("admin.demo").open("/admin/accounts");
    new Select(browser.find(By.id("account-role"))).selectByValue("ASSESSOR");
    press("Create account");
    assertThat(browser.text())
        .contains("There is a problem", "Username is required", "Name is required")
        .contains("Assessor is required for the ASSESSOR role");
    browser.assertAccessible();
  }

  @Test
  void onlyAnAdminReachesAdministration() {
    as("assessor.demo").open("/admin");
    assertThat(browser.heading()).isEqualTo("You cannot do that here");
  }
}
