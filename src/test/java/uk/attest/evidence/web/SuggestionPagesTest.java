package uk.attest.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.attest.PageTestBase;

/**
 * Suggested criteria on an evidence item's page: the assessor reads why each is suggested, confirms
 * one (the item is then claimed against it) and rejects another.
 */
class SuggestionPagesTest extends PageTestBase {

  /** A learner's account of reviewing fraud rules: it shows ATTECL11.P7 (fraud prevention). */
  private static final String FRAUD_REVIEW =
      "Last quarter I reviewed our fraud screening rules with the payments team. Chargebacks had"
          + " doubled while genuine customers were being turned away, so I loosened two rules that"
          + " caused false declines and added strong customer authentication for high-value"
          + " baskets. Fraud losses fell and fewer good orders were declined.";

  private WebElement suggestions() {
    return browser.find(By.id("suggestions"));
  }

  private String claimed() {
    return browser
        .find(By.xpath("//h2[normalize-space()='Criteria it is claimed against']/following::ul[1]"))
        .getText();
  }

  private void press(String action, String criterion) {
    browser.follow(
        By.cssSelector("form[action$='/suggestions/" + criterion + "/" + action + "'] button"));
  }

  /** The assessor uploads the fraud review for the halfway learner and lands on its page. */
  private void uploadTheFraudReview() throws Exception {
    as("assessor.demo").open("/learners/lrn_demo_halfway/evidence/new");
    Path file = Files.createTempDirectory("suggestions").resolve("fraud-review.txt");
    Files.writeString(file, FRAUD_REVIEW);
    browser.find(By.id("title")).sendKeys("Payments fraud review");
    new Select(browser.find(By.id("method"))).selectByValue("PRODUCT");
    browser.find(By.id("activityDate-day")).sendKeys("2");
    browser.find(By.id("activityDate-month")).sendKeys("11");
    browser.find(By.id("activityDate-year")).sendKeys("2026");
    browser.find(By.id("files")).sendKeys(file.toString());
    browser.find(By.id("declaration")).click();
    browser.follow(By.xpath("//button[normalize-space()='Store evidence']"));
    assertThat(browser.path()).startsWith("/evidence/");
  }

  @Test
  void aWithdrawnItemNoLongerOffersItsSuggestionsToConfirm() throws Exception {
    uploadTheFraudReview();
    By confirm = By.cssSelector("#suggestions form[action$='/confirm'] button");
    assertThat(browser.findAll(confirm)).isNotEmpty();

    browser.find(By.id("withdrawReason")).sendKeys("Uploaded for the wrong learner.");
    browser.follow(By.xpath("//button[normalize-space()='Withdraw it']"));

    assertThat(browser.text()).contains("The evidence is withdrawn");
    assertThat(suggestions().getText()).contains("ATTECL11.P7");
    assertThat(browser.findAll(confirm)).isEmpty();
  }

  @Test
  void anAssessorConfirmsOneSuggestedCriterionAndRejectsAnother() throws Exception {
    uploadTheFraudReview();

    String section = suggestions().getText();
    assertThat(section)
        .contains(
            "Suggested criteria",
            "ATTECL11.P7",
            "manage fraud prevention controls",
            "“Chargebacks had doubled while genuine customers were being turned away",
            "Words it shares with the criterion: chargebacks",
            "Confirm",
            "Reject")
        .containsPattern("(Strong|Likely|Possible) match")
        .doesNotContain("OPEN", "CONFIRMED", "REJECTED");
    assertThat(claimed()).doesNotContain("ATTECL11.P7");
    browser.screenshot("evidence-suggestions").assertAccessible();

    press("confirm", "ATTECL11.P7");
    assertThat(browser.text())
        .contains("Confirmed: the evidence is now claimed against that criterion");
    assertThat(claimed()).contains("ATTECL11.P7", "manage fraud prevention controls");
    assertThat(suggestions().getText()).contains("Suggestions already decided (1)");

    String other =
        browser
            .find(By.cssSelector("#suggestions .attest-suggestion .attest-code"))
            .getText()
            .strip();
    press("reject", other);
    assertThat(browser.text())
        .contains("Rejected: that criterion will not be suggested for this evidence again");
    assertThat(claimed()).doesNotContain(other);
    browser.find(By.cssSelector("#suggestions details summary")).click();
    assertThat(suggestions().getText())
        .contains(
            "Suggestions already decided (2)", "ATTECL11.P7: confirmed", other + ": rejected");
    browser.screenshot("evidence-suggestions-decided").assertAccessible();
  }
}
