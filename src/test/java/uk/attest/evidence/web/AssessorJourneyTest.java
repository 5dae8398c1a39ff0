package uk.attest.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.attest.PageTestBase;

/**
 * An assessor's day in a browser: open a learner, read a criterion's reasons, upload evidence
 * through the form, judge it, and see the matrix change; and the refusals that keep records apart.
 */
class AssessorJourneyTest extends PageTestBase {

  /** The cell of an assessment criterion in the learner's heat map. */
  private WebElement cell(String acId) {
    return browser.find(By.cssSelector("a.attest-heatmap__cell[data-ac='" + acId + "']"));
  }

  @Test
  void anAssessorUploadsAFileAcceptsItAndSeesTheMatrixCellTurnMet() throws Exception {
    as("assessor.demo").open("/learners/lrn_demo_halfway");
    assertThat(browser.heading()).isEqualTo("Zoë Ó Briain");
    assertThat(cell("U502/2.1").getText()).contains("Partly met");
    browser.screenshot("learner-page").assertAccessible();

    cell("U502/2.1").click();
    assertThat(browser.text()).contains("Partly met", "ATTECL03.P1");
    browser.screenshot("criterion-page").assertAccessible();

    browser.open("/learners/lrn_demo_halfway/evidence/new");
    browser.screenshot("upload-form").assertAccessible();
    Path file = Files.createTempFile("margin-bridge", ".txt");
    Files.writeString(file, "Quarterly margin bridge: price, mix and promotion effects.\n");
    browser.find(By.id("title")).sendKeys("Quarterly margin bridge");
    new Select(browser.find(By.id("method"))).selectByValue("PRODUCT");
    browser.find(By.id("activityDate-day")).sendKeys("2");
    browser.find(By.id("activityDate-month")).sendKeys("11");
    browser.find(By.id("activityDate-year")).sendKeys("2026");
    browser.find(By.id("files")).sendKeys(file.toString());
    browser.find(By.id("codes")).sendKeys("ATTECL03.P1");
    browser.find(By.id("declaration")).click();
    browser.follow(By.xpath("//button[normalize-space()='Store evidence']"));

    assertThat(browser.path()).startsWith("/evidence/");
    assertThat(browser.text()).contains("The evidence is stored", "Awaiting an assessor");
    browser.screenshot("evidence-page").assertAccessible();

    // Accepting without the authenticity check is questioned before it is saved.
    browser.find(By.cssSelector("label[for=verdict-accepted]")).click();
    new Select(browser.find(By.id("proficiency"))).selectByVisibleText("Advanced");
    browser.follow(By.xpath("//button[normalize-space()='Save judgement']"));
    assertThat(browser.text()).contains("Accepted like this, it would not count", "AUT-05");
    browser.screenshot("judgement-warning").assertAccessible();

    browser.find(By.id("authenticity")).click();
    browser.follow(By.xpath("//button[normalize-space()='Save anyway']"));
    assertThat(browser.text()).contains("Your judgement is saved");

    browser.open("/learners/lrn_demo_halfway");
    assertThat(cell("U502/2.1").getText()).contains("Met").doesNotContain("Partly");
  }

  @Test
  void everyProblemWithAnUploadIsShownAtOnceBesideItsField() {
    as("assessor.demo").open("/learners/lrn_demo_halfway/evidence/new");
    browser.find(By.id("activityDate-day")).sendKeys("31");
    browser.find(By.id("activityDate-month")).sendKeys("2");
    browser.find(By.id("activityDate-year")).sendKeys("2026");
    browser.follow(By.xpath("//button[normalize-space()='Store evidence']"));
    assertThat(browser.text())
        .contains(
            "There is a problem",
            "Title is required",
            "Method is required",
            "Date of the activity must be a real date",
            "Files: at least one file is required",
            "The learner's declaration is required");
    assertThat(browser.find(By.id("title-error")).getText()).contains("Title is required");
    browser.screenshot("upload-errors").assertAccessible();
  }

  @Test
  void aLearnerDownloadsTheirPortfolioAsAPdf() throws Exception {
    as("learner.ready.demo").open("/learners/lrn_demo_ready");
    assertThat(browser.text()).contains("Ready for certification");
    browser.find(By.linkText("Download portfolio (PDF)")).click();
    Path pdf = browser.downloaded(".pdf", Duration.ofSeconds(60));
    assertThat(
            new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  @Test
  void aLearnerOpeningAnotherLearnersPageGetsThePageNotFound() {
    as("learner.ready.demo").open("/learners/lrn_demo_halfway");
    assertThat(browser.heading()).isEqualTo("Page not found");
    browser.open("/learners/lrn_demo_halfway/evidence/new");
    assertThat(browser.heading()).isEqualTo("Page not found");
  }

  @Test
  void anIqaSamplesAJudgement() {
    as("assessor.demo").open("/learners/lrn_demo_ready");
    browser.follow(By.cssSelector("#evidence-table tbody tr a"));
    String evidence = browser.path();
    browser.signOut();
    as("iqa.demo").open(evidence);
    browser.find(By.cssSelector("label[for=outcome-agreed]")).click();
    browser.find(By.id("comment")).sendKeys("Sound decision; evidence clearly the learner's own.");
    browser.follow(By.xpath("//button[normalize-space()='Save sampling decision']"));
    assertThat(browser.text())
        .contains("Your sampling decision is saved", "Agreed by Ffion Prys-Jones");
  }
}
