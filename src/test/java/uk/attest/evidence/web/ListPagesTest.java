package uk.attest.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import uk.attest.PageTestBase;

/** The lists an assessor and an IQA work from, in a browser. */
class ListPagesTest extends PageTestBase {

  @Test
  void anAssessorsCaseloadListsTheirLearnersWithReadinessAndFilters() {
    as("assessor.demo");
    assertThat(browser.path()).isEqualTo("/caseload");
    assertThat(browser.text())
        .contains("Siân Llŷr-Pritchard", "Zoë Ó Briain", "Llŷr Ŵyn Davies", "Ready", "Not ready")
        .contains("Attest Level 5 Diploma in E-commerce Sales Leadership");
    browser.screenshot("caseload").assertAccessible();

    new Select(browser.find(By.id("status"))).selectByValue("READY");
    browser.follow(By.xpath("//button[normalize-space()='Filter']"));
    assertThat(browser.findAll(By.cssSelector("#caseload-table tbody tr"))).hasSize(1);
    assertThat(browser.text()).contains("Siân Llŷr-Pritchard").doesNotContain("Zoë Ó Briain");

    // Sorting by readiness puts the lowest score first, then the highest.
    browser.open("/caseload");
    browser.find(By.xpath("//th//button[normalize-space()='Readiness']")).click();
    var first = browser.find(By.cssSelector("#caseload-table tbody tr td a")).getText();
    browser.find(By.xpath("//th//button[normalize-space()='Readiness']")).click();
    var then = browser.find(By.cssSelector("#caseload-table tbody tr td a")).getText();
    assertThat(first).isNotEqualTo(then);
    assertThat(then).isEqualTo("Siân Llŷr-Pritchard");
  }

  @Test
  void aTraineeWithNoLearnersIsToldWhatToDo() {
    as("trainee.demo");
    assertThat(browser.text()).contains("No learners are assigned to you yet");
  }

  @Test
  void theMarkingQueueListsWhatAwaitsJudgementOldestFirst() {
    as("assessor.demo").open("/queue");
    assertThat(browser.heading()).isEqualTo("Marking queue");
    browser.screenshot("marking-queue").assertAccessible();
  }

  @Test
  void anIqaSeesTheCentresJudgementsAndFiltersThem() {
    as("iqa.demo");
    assertThat(browser.path()).isEqualTo("/iqa");
    int all = browser.findAll(By.cssSelector("#judgements-table tbody tr")).size();
    assertThat(all).isPositive();
    browser.screenshot("iqa").assertAccessible();

    new Select(browser.find(By.id("method"))).selectByValue("DIRECT_OBSERVATION");
    browser.follow(By.xpath("//button[normalize-space()='Filter']"));
    int observed = browser.findAll(By.cssSelector("#judgements-table tbody tr")).size();
    assertThat(observed).isLessThan(all);
    assertThat(browser.findAll(By.cssSelector("#judgements-table tbody tr td")))
        .allSatisfy(td -> assertThat(td.getText()).doesNotContain("Product or work evidence"));
  }

  @Test
  void aLearnerCannotOpenAnAssessorsOrAnIqasList() {
    as("learner.ready.demo").open("/caseload");
    assertThat(browser.heading()).isEqualTo("You cannot do that here");
    browser.open("/iqa");
    assertThat(browser.heading()).isEqualTo("You cannot do that here");
  }
}
