package uk.attest.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.attest.PageTestBase;

/**
 * A qualified assessor finds a trainee's acceptance awaiting countersignature from the caseload in
 * one click, and countersigns it on the item's page.
 */
class CountersignPagesTest extends PageTestBase {

  @Test
  void aQualifiedAssessorFindsAndCountersignsATraineesAcceptance() {
    as("assessor.demo").open("/caseload");
    browser.follow(By.partialLinkText("awaiting countersignature"));
    assertThat(browser.path()).isEqualTo("/queue#countersign-heading");
    assertThat(browser.text()).contains("Awaiting countersignature");
    browser.screenshot("queue-countersign").assertAccessible();

    browser.follow(By.linkText("Questions on the structure of an e-commerce P&L"));
    assertThat(browser.text())
        .contains(
            "(a trainee assessor)", "Awaiting countersignature", "Countersign this acceptance");
    browser.screenshot("item-countersign").assertAccessible();

    browser.follow(By.xpath("//button[normalize-space()='Countersign']"));
    assertThat(browser.text())
        .contains("Your countersignature is saved", "Countersigned by Gwenllïan Hughes")
        .doesNotContain("Countersign this acceptance");
  }

  @Test
  void theTraineeSeesNoCountersignButton() {
    as("trainee.demo").open("/queue");
    assertThat(browser.text()).doesNotContain("Awaiting countersignature");
  }
}
