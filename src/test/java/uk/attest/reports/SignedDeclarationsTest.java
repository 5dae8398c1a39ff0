package uk.attest.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import uk.attest.accounts.Accounts;
import uk.attest.accounts.StepUp;
import uk.attest.audit.AuditTrail;
import uk.attest.evidence.Countersigning;
import uk.attest.evidence.LearnerAssessments;
import uk.attest.evidence.LearnerEvidence;
import uk.attest.reports.SignedDeclarations.SignRequest;
import uk.attest.shared.Actor;
import uk.attest.shared.Forbidden;
import uk.attest.shared.InvalidInputException;
import uk.attest.shared.NotFoundException;

/**
 * Declarations on the portfolio are signed by their own people, each re-entering their password;
 * nothing is signed for them, and a signature made before the records changed says so.
 */
@SpringBootTest(
    classes = uk.attest.AttestApplication.class,
    properties = {
      "attest.demo-data.enabled=true",
      "spring.datasource.url=jdbc:h2:mem:declarations-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
@DirtiesContext
class SignedDeclarationsTest {
  private static final String READY = "lrn_demo_ready";
  private static final String HALFWAY = "lrn_demo_halfway";
  private static final String LEVEL6 = "lrn_demo_level6";

  @Autowired SignedDeclarations declarations;
  @Autowired LearnerPortfolios portfolios;
  @Autowired LearnerAssessments assessments;
  @Autowired LearnerEvidence evidence;
  @Autowired Countersigning countersigning;
  @Autowired ReportAssets assets;
  @Autowired Accounts accounts;
  @Autowired AuditTrail audit;

  @Value("${attest.demo-data.password}")
  String password;

  private Actor as(String username) {
    return accounts.actor(accounts.forSignIn(username).orElseThrow().getKey());
  }

  private Portfolio portfolio(String learner) {
    return portfolios.portfolio(as("assessor.demo"), learner, assessments.today());
  }

  private Portfolio.Declaration declaration(Portfolio p, String role) {
    return p.declarations().stream().filter(d -> d.role().equals(role)).findFirst().orElseThrow();
  }

  private static String pdftotext(Portfolio p, Path dir) throws Exception {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PortfolioPdf.write(p, ReportAssets.load(Path.of("reports")), pdf);
    Path file = dir.resolve("portfolio.pdf");
    Files.write(file, pdf.toByteArray());
    Process process =
        new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return out.replaceAll("\\s+", " ");
  }

  @Test
  void theDemoPortfolioShowsNoSignatureUntilSomeoneSigns(@TempDir Path dir) throws Exception {
    Portfolio before = portfolio(READY);
    assertThat(before.declarations()).hasSize(3).allSatisfy(d -> assertThat(d.name()).isNull());
    String text = pdftotext(before, dir);
    assertThat(text).containsPattern("(Not yet signed.*){3}").doesNotContain("Signed by");

    declarations.sign(
        as("learner.ready.demo"), READY, "LEARNER", new SignRequest(password), "127.0.0.1");

    Portfolio after = portfolio(READY);
    Portfolio.Declaration learner = declaration(after, "LEARNER");
    assertThat(learner.name()).isEqualTo(after.learnerName());
    assertThat(learner.date()).isEqualTo(assessments.today());
    assertThat(learner.stale()).isFalse();
    assertThat(declaration(after, "ASSESSOR").name()).isNull();
    assertThat(declaration(after, "IQA").name()).isNull();
    String signed = pdftotext(after, dir);
    assertThat(signed)
        .contains("Signed by " + after.learnerName())
        .containsPattern("(Not yet signed.*){2}")
        .doesNotContain("has changed since");
    assertThat(audit.ofLearner(READY, assessments.today()))
        .anySatisfy(e -> assertThat(e.action()).isEqualTo("declaration.signed"));
  }

  @Test
  void aWrongPasswordSignsNothing() {
    Actor learner = as("learner.level6.demo");
    assertThatThrownBy(
            () ->
                declarations.sign(
                    learner, LEVEL6, "LEARNER", new SignRequest("not-my-password"), "10.0.0.9"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).errors())
                    .singleElement()
                    .satisfies(f -> assertThat(f.field()).isEqualTo("password")));
    assertThatThrownBy(
            () -> declarations.sign(learner, LEVEL6, "LEARNER", new SignRequest(null), "10.0.0.9"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(declarations.declarations(learner, LEVEL6).get(0).signature())
        .as("the learner's declaration")
        .isNull();
  }

  @Test
  void wrongPasswordsAreLimitedLikeFailedSignIns() {
    Actor learner = as("learner.halfway.demo");
    for (int i = 0; i < 5; i++) {
      SignRequest wrong = new SignRequest("wrong-password-" + i);
      assertThatThrownBy(() -> declarations.sign(learner, HALFWAY, "LEARNER", wrong, "10.0.0.7"))
          .isInstanceOf(InvalidInputException.class);
    }
    // Past the sign-in's limit even the right password waits, and nothing is signed.
    assertThatThrownBy(
            () ->
                declarations.sign(
                    learner, HALFWAY, "LEARNER", new SignRequest(password), "10.0.0.7"))
        .isInstanceOf(StepUp.TooManyAttempts.class);
    assertThat(declarations.declarations(learner, HALFWAY).get(0).signature()).isNull();
  }

  @Test
  void onlyTheLearnerTheirQualifiedAssessorAndTheCentresIqaSignTheirOwnDeclarations() {
    SignRequest right = new SignRequest(password);
    // Someone else's declaration: refused before the password is even checked.
    assertThatThrownBy(() -> declarations.sign(as("assessor.demo"), LEVEL6, "LEARNER", right, "x"))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(
            () -> declarations.sign(as("learner.level6.demo"), LEVEL6, "ASSESSOR", right, "x"))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(
            () -> declarations.sign(as("learner.level6.demo"), LEVEL6, "IQA", right, "x"))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> declarations.sign(as("iqa.demo"), LEVEL6, "ASSESSOR", right, "x"))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> declarations.sign(as("awarding-body.demo"), LEVEL6, "IQA", right, "x"))
        .isInstanceOf(Forbidden.class);
    // Another learner's records, and a trainee not assigned to them: not found.
    assertThatThrownBy(
            () -> declarations.sign(as("learner.ready.demo"), LEVEL6, "LEARNER", right, "x"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> declarations.sign(as("trainee.demo"), LEVEL6, "ASSESSOR", right, "x"))
        .isInstanceOf(NotFoundException.class);
    assertThat(declarations.declarations(as("iqa.demo"), LEVEL6))
        .allSatisfy(d -> assertThat(d.signature()).isNull());

    // Each of the three signs their own.
    declarations.sign(as("iqa.demo"), LEVEL6, "IQA", right, "x");
    declarations.sign(as("assessor.demo"), LEVEL6, "ASSESSOR", right, "x");
    assertThat(declarations.declarations(as("iqa.demo"), LEVEL6))
        .extracting(d -> d.signature() == null ? null : d.signature().signerName())
        .containsExactly(null, "Gwenllïan Hughes", "Ffion Prys-Jones");
  }

  @Test
  void aSignatureMadeBeforeTheEvidenceChangedCoversAnEarlierState() {
    declarations.sign(as("assessor.demo"), HALFWAY, "ASSESSOR", new SignRequest(password), "x");
    assertThat(declaration(portfolio(HALFWAY), "ASSESSOR").stale()).isFalse();

    // The trainee's acceptance is countersigned: the assessment changes after the signature.
    String item =
        evidence.list(Actor.system("test"), HALFWAY).stream()
            .filter(
                v -> v.currentJudgement() != null && v.currentJudgement().awaitsCountersignature())
            .findFirst()
            .orElseThrow()
            .evidence()
            .id();
    countersigning.countersign(as("assessor.demo"), item);

    Portfolio.Declaration stale = declaration(portfolio(HALFWAY), "ASSESSOR");
    assertThat(stale.name()).isEqualTo("Gwenllïan Hughes");
    assertThat(stale.stale()).isTrue();
    assertThat(stale.status())
        .startsWith("Signed by Gwenllïan Hughes on ")
        .contains(" for the record of ")
        .endsWith("; the evidence or its assessment has changed since");
    assertThat(declarations.declarations(as("assessor.demo"), HALFWAY).get(1).stale()).isTrue();
  }
}
