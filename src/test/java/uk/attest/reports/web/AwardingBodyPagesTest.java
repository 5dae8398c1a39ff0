package uk.attest.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.attest.PageTestBase;

/** An awarding body's journey: its centres, who is ready, an export in the background, audit. */
class AwardingBodyPagesTest extends PageTestBase {

  @Test
  void anAwardingBodyRunsAnExportWatchesItAndDownloadsTheZip() throws Exception {
    as("awarding-body.demo");
    assertThat(browser.path()).isEqualTo("/centres");
    browser.screenshot("centres").assertAccessible();
    browser.follow(By.linkText("Attest Demo Centre"));
    assertThat(browser.text()).contains("Ready for certification", "Siân Llŷr-Pritchard");
    browser.screenshot("centre").assertAccessible();

    new Select(browser.find(By.id("qualification")))
        .selectByVisibleText("Attest Level 5 Diploma in E-commerce Sales Leadership");
    browser.follow(By.xpath("//button[normalize-space()='Start the export']"));
    assertThat(browser.path()).startsWith("/exports/");
    String job = browser.path();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
        .until(d -> d.findElement(By.linkText("Download the ZIP")).isDisplayed());
    assertThat(browser.text()).contains("Ready: every learner is in it.");
    browser.screenshot("export-progress").assertAccessible();

    browser.find(By.linkText("Download the ZIP")).click();
    Path zip = browser.downloaded(".zip", Duration.ofSeconds(60));
    try (ZipFile file = new ZipFile(zip.toFile())) {
      assertThat(file.getEntry("manifest.json")).isNotNull();
      assertThat(file.getEntry("cohort.csv")).isNotNull();
      assertThat(new String(file.getInputStream(file.getEntry("cohort.csv")).readAllBytes()))
          .contains("Siân Llŷr-Pritchard");
    }
    Files.deleteIfExists(zip);

    // An export is its starter's: an admin opening it is told it does not exist.
    browser.signOut();
    as("admin.demo").open(job);
    assertThat(browser.heading()).isEqualTo("Page not found");
  }

  @Test
  void theAuditChainCheckSaysTheChainIsIntact() {
    as("awarding-body.demo").open("/audit");
    assertThat(browser.text())
        .contains("The audit trail is intact", "entries checked", "Latest signed checkpoint");
    browser.screenshot("audit-check").assertAccessible();
  }

  @Test
  void aLearnerCannotOpenTheCentresOrTheAuditCheck() {
    as("learner.halfway.demo").open("/centres/ctr_demo");
    assertThat(browser.heading()).isIn("You cannot do that here", "Page not found");
    browser.open("/audit");
    assertThat(browser.heading()).isEqualTo("You cannot do that here");
  }
}
