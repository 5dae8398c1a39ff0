package uk.attest.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import uk.attest.ApiTestBase;
import uk.attest.PageTestBase;
import uk.attest.evidence.IncomingFile;
import uk.attest.evidence.Judgements;
import uk.attest.evidence.Uploads;
import uk.attest.learners.PeopleService;
import uk.attest.shared.Actor;

/**
 * Evidence over time in the browser: an assessor gives an item new files and sees the version
 * history and the judgement flagged; withdraws an item and sees it struck through; an admin moves a
 * learner to another assessor. Each new form is checked with axe-core and at 390 px.
 */
class EvidenceOverTimePagesTest extends PageTestBase {
  private static final Actor SYSTEM = Actor.system("page test set-up");

  @Autowired PeopleService people;
  @Autowired Uploads uploads;
  @Autowired Judgements judgements;

  String learner;
  String evidence;

  /** A learner of the demo centre of their own (so other page tests' learners stay as they are). */
  @BeforeEach
  void aDemoCentreLearnerWithAnAcceptedItem() {
    learner =
        people
            .createLearner(
                SYSTEM, new PeopleService.NewLearner("ctr_demo", "Elin Pugh", ApiTestBase.uln()))
            .id();
    people.register(
        SYSTEM,
        learner,
        new PeopleService.NewRegistration(
            "attest-l5-diploma-ecommerce-sales-leadership",
            "head-of-e-commerce-sales",
            LocalDate.of(2025, 9, 1),
            null,
            "asr_demo"));
    evidence =
        uploads
            .upload(
                SYSTEM,
                learner,
                null,
                new Uploads.EvidenceRequest(
                    "Market trends discussion",
                    null,
                    "PROFESSIONAL_DISCUSSION",
                    LocalDate.of(2026, 6, 1),
                    List.of("ATTECL02.K1"),
                    true,
                    null),
                List.of(
                    new IncomingFile(
                        "notes.txt",
                        "text/plain",
                        "First notes.".getBytes(StandardCharsets.UTF_8))))
            .evidence()
            .evidence()
            .id();
    judgements.judge(
        SYSTEM,
        evidence,
        null,
        new Judgements.JudgementRequest("ACCEPTED", "Advanced", null, "asr_demo", true));
  }

  @Test
  void newFilesAreAVersionAndTheJudgementOfTheEarlierFilesIsFlagged() throws Exception {
    as("assessor.demo").open("/evidence/" + evidence);
    assertThat(browser.text()).contains("Replace the files", "Withdraw this evidence");
    Path file = Files.createTempFile("signed-notes", ".txt");
    Files.writeString(file, "The signed notes.\n");
    browser.find(By.id("replaceReason")).sendKeys("The signed copy of the notes.");
    browser.find(By.id("newFiles")).sendKeys(file.toString());
    browser.follow(By.xpath("//button[normalize-space()='Store as a new version']"));
    assertThat(browser.text())
        .contains(
            "The new files are stored as a new version",
            "Versions of its files",
            "Superseded by version 2",
            "The signed copy of the notes.",
            "Judged on version 1; the files have changed since",
            "Awaiting an assessor");
    assertThat(browser.findAll(By.cssSelector("#versions a"))).hasSize(2);
    browser.screenshot("evidence-versions").assertAccessible();
  }

  @Test
  void replacingWithoutAReasonOrFilesNamesBoth() {
    as("assessor.demo").open("/evidence/" + evidence);
    browser.follow(By.xpath("//button[normalize-space()='Store as a new version']"));
    assertThat(browser.find(By.id("replaceReason-error")).getText()).contains("is required");
    assertThat(browser.find(By.id("newFiles-error")).getText()).contains("at least one file");
    browser.screenshot("evidence-replace-errors").assertAccessible();
  }

  @Test
  void aWithdrawnItemIsStruckThroughAndStaysOnRecord() {
    as("assessor.demo").open("/evidence/" + evidence);
    browser.follow(By.xpath("//button[normalize-space()='Withdraw it']"));
    assertThat(browser.find(By.id("withdrawReason-error")).getText()).contains("is required");
    browser.screenshot("evidence-withdraw-error").assertAccessible();
    browser.find(By.id("withdrawReason")).sendKeys("Uploaded for the wrong learner.");
    browser.follow(By.xpath("//button[normalize-space()='Withdraw it']"));
    assertThat(browser.text())
        .contains(
            "The evidence is withdrawn",
            "Withdrawn by Gwenllïan Hughes",
            "Uploaded for the wrong learner.",
            "no longer counts")
        .doesNotContain("Judge it again", "Replace the files");
    assertThat(browser.find(By.cssSelector("h1 del")).getText())
        .isEqualTo("Market trends discussion");
    browser.screenshot("evidence-withdrawn").assertAccessible();
    browser.open("/learners/" + learner);
    assertThat(browser.find(By.cssSelector("#evidence-table del")).getText())
        .isEqualTo("Market trends discussion");
    assertThat(browser.find(By.cssSelector("#evidence-table tbody tr")).getText())
        .contains("Withdrawn");
  }

  @Test
  void anAdminMovesALearnerToAnotherAssessorWithTheReason() {
    // An assessor of this test's own, so other page tests' caseloads (the trainee's) stay as they
    // are.
    String newcomer =
        people
            .createAssessor(SYSTEM, new PeopleService.NewAssessor("ctr_demo", "Owain Price", true))
            .id();
    as("admin.demo").open("/admin/centres/ctr_demo");
    browser.follow(By.xpath("//button[normalize-space()='Move the learner']"));
    assertThat(browser.find(By.id("reassign-learner-error")).getText()).contains("choose");
    browser.screenshot("admin-reassign-error").assertAccessible();
    new Select(browser.find(By.id("reassign-learner"))).selectByValue(learner);
    new Select(browser.find(By.id("reassign-assessor"))).selectByValue(newcomer);
    browser.find(By.id("reassign-reason")).sendKeys("Owain takes over the Tuesday group.");
    browser.follow(By.xpath("//button[normalize-space()='Move the learner']"));
    assertThat(browser.text())
        .contains(
            "Changes of assessor", "Elin Pugh moved from", "Owain takes over the Tuesday group");
    browser.screenshot("admin-reassigned").assertAccessible();
    browser.signOut();
    // The learner has left the assessor's caseload.
    as("assessor.demo").open("/evidence/" + evidence);
    assertThat(browser.heading()).isEqualTo("Page not found");
  }
}
