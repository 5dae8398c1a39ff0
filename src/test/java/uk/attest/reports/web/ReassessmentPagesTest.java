package uk.attest.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.attest.PageTestBase;
import uk.attest.assessment.AssessmentEngine;

/**
 * Admins and awarding bodies follow the re-assessments that follow a change of rules or criteria:
 * which versions each moved learners from and to, how many are done, and in what state it is.
 */
class ReassessmentPagesTest extends PageTestBase {
  @Autowired JdbcClient jdbc;
  @Autowired AssessmentEngine engine;

  private final String running =
      "sha256:aaaa1111bbbb" + UUID.randomUUID().toString().substring(0, 8);
  private final String finished =
      "sha256:cccc2222dddd" + UUID.randomUUID().toString().substring(0, 8);

  /**
   * Two re-assessments as the background job leaves them: one a third of the way through a change
   * of rules, and an earlier one that finished with one learner it could not re-assess.
   */
  @BeforeAll
  void twoReassessments() {
    OffsetDateTime now = OffsetDateTime.now();
    job("rea_pages_running", running, "RUNNING", 3, 1, 0, now, null);
    job("rea_pages_finished", finished, "DONE", 2, 1, 1, now.minusDays(2), now.minusDays(2));
  }

  private void job(
      String id,
      String rules,
      String status,
      int total,
      int done,
      int failed,
      OffsetDateTime started,
      OffsetDateTime finishedAt) {
    jdbc.sql(
            "insert into reassessment_job (id, catalogue_version, ruleset_version, status, total,"
                + " done, failed, started_at, heartbeat_at, finished_at, worker)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'page-test')")
        .params(
            id,
            engine.catalogue().version(),
            rules,
            status,
            total,
            done,
            failed,
            started,
            started,
            finishedAt)
        .update();
  }

  private static String shortly(String version) {
    return (version.startsWith("sha256:") ? version.substring(7) : version).substring(0, 12);
  }

  @Test
  void anAdminFollowsEachReassessmentFromTheAdministrationPage() {
    as("admin.demo");
    browser.follow(By.linkText("Re-assessments"));
    assertThat(browser.path()).isEqualTo("/admin/reassessments");
    String page = browser.text();
    assertThat(page)
        .contains(
            "1 of 3 learners re-assessed (33%)",
            "Running",
            "rules " + shortly(running),
            // the demo learners were assessed with today's rules, so the job moves them from those
            "rules " + shortly(engine.rulesetVersion()),
            "1 of 2 learners re-assessed (50%)",
            "Finished on",
            "1 learner could not be re-assessed; the service tries again when it next starts.");
    // newest first
    assertThat(page.indexOf(shortly(running))).isLessThan(page.indexOf(shortly(finished)));
    assertThat(browser.find(By.cssSelector("progress")).getAttribute("value")).isEqualTo("1");
    browser.screenshot("admin-reassessments").assertAccessible();
  }

  @Test
  void anAwardingBodySeesTheReassessmentsOnItsCentresPage() {
    as("awarding-body.demo");
    assertThat(browser.path()).isEqualTo("/centres");
    assertThat(browser.text())
        .contains(
            "Re-assessments", "1 of 3 learners re-assessed (33%)", "rules " + shortly(running));
    browser.screenshot("centres-reassessments").assertAccessible();
  }

  @Test
  void anAssessorSeesNoReassessments() {
    as("assessor.demo").open("/admin/reassessments");
    assertThat(browser.heading()).isEqualTo("You cannot do that here");
    browser.open("/centres");
    assertThat(browser.text()).doesNotContain("learners re-assessed");
  }
}
