package uk.attest.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.attest.PageTestBase;

/** A learner's history of changes, as sentences, in a browser. */
class HistoryPageTest extends PageTestBase {

  @Test
  void aLearnerReadsTheirHistoryAsSentencesWithNamesAndTitles() {
    as("learner.ready.demo").open("/learners/lrn_demo_ready/history");
    assertThat(browser.heading()).isEqualTo("History of changes");
    assertThat(browser.text())
        .contains("Demo data accepted '")
        .contains("Demo data uploaded '")
        .doesNotContain("evd_", "{\"");
    browser.screenshot("history").assertAccessible();
  }

  @Test
  void anotherLearnersHistoryIsNotFound() {
    as("learner.ready.demo").open("/learners/lrn_demo_halfway/history");
    assertThat(browser.heading()).isEqualTo("Page not found");
  }
}
