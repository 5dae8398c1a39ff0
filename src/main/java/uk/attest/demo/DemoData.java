package uk.attest.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.attest.accounts.Accounts;
import uk.attest.accounts.Accounts.NewAccount;
import uk.attest.assessment.BundleReader;
import uk.attest.assessment.EvidenceBundle;
import uk.attest.assessment.EvidenceBundle.EvidenceItem;
import uk.attest.assessment.Verdict;
import uk.attest.catalogue.Catalogue;
import uk.attest.evidence.IncomingFile;
import uk.attest.evidence.Judgements;
import uk.attest.evidence.Judgements.JudgementRequest;
import uk.attest.evidence.LearnerAssessments;
import uk.attest.evidence.Uploads;
import uk.attest.evidence.Uploads.EvidenceRequest;
import uk.attest.evidence.Uploads.WitnessRequest;
import uk.attest.learners.People.Assessor;
import uk.attest.learners.People.AwardingBody;
import uk.attest.learners.People.Centre;
import uk.attest.learners.People.Learner;
import uk.attest.learners.People.Registration;
import uk.attest.learners.PeopleService;
import uk.attest.shared.Actor;

/**
 * On an empty database, loads a demo centre registered with a demo awarding body, a qualified
 * assessor, a trainee assessor and three learners (ready at level 5; half-way; at level 5 heading
 * for level 6) from the example bundles, through the same services an assessor uses, and a demo
 * account for each role (listed in the README; all share attest.demo-data.password). Turn off with
 * attest.demo-data.enabled=false; the production profile refuses to start with it on.
 */
@Component
@ConditionalOnProperty(name = "attest.demo-data.enabled", havingValue = "true")
class DemoData implements SmartInitializingSingleton {
  static final String CENTRE = "ctr_demo";
  static final String ASSESSOR = "asr_demo";
  static final String TRAINEE = "asr_demo_trainee";
  static final String AWARDING_BODY = "abo_demo";

  private static final Actor DEMO = Actor.system("demo data");

  /** Demo learners: fixed ids, so the README's curl calls work as written. */
  static final List<String[]> LEARNERS =
      List.of(
          new String[] {"lrn_demo_ready", "demo/ready-learner.json"},
          new String[] {"lrn_demo_halfway", "demo/gaps-learner.json"},
          new String[] {"lrn_demo_level6", "demo/l6-progressing-learner.json"});

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  private final PeopleService people;
  private final Accounts accounts;
  private final Uploads uploads;
  private final Judgements judgements;
  private final LearnerAssessments assessments;
  private final Catalogue catalogue;
  private final TransactionTemplate transaction;
  private final Clock clock;

  /** The demo accounts' password: published in the README and on the sign-in page. */
  private final String password;

  DemoData(
      PeopleService people,
      Accounts accounts,
      Uploads uploads,
      Judgements judgements,
      LearnerAssessments assessments,
      Catalogue catalogue,
      TransactionTemplate transaction,
      Clock clock,
      @Value("${attest.demo-data.password}") String password) {
    this.password = password;
    this.people = people;
    this.accounts = accounts;
    this.uploads = uploads;
    this.judgements = judgements;
    this.assessments = assessments;
    this.catalogue = catalogue;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * Loads before the web server opens its port, so nobody signs in with a demo account that does
   * not exist yet.
   */
  @Override
  public void afterSingletonsInstantiated() {
    if (people.anyCentre()) {
      return;
    }
    transaction.executeWithoutResult(status -> load());
    LOG.info(
        "Loaded demo data: centre {}, learners {}",
        CENTRE,
        LEARNERS.stream().map(l -> l[0]).toList());
  }

  private void load() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    people.seedDemo(
        new Centre(CENTRE, "Attest Demo Centre", now),
        new AwardingBody(AWARDING_BODY, "Attest Demo Awarding Body", now),
        List.of(
            new Assessor(ASSESSOR, CENTRE, "Gwenllïan Hughes", true, now),
            new Assessor(TRAINEE, CENTRE, "Rhys Ó Súilleabháin (trainee)", false, now)));
    // Each learner is assessed once, when all of their records are in, not after each of the 73
    // uploads, 71 judgements and 3 registrations: the same final assessments, 3 instead of 147.
    assessments.assessOnceAfter(
        "demo data loaded",
        () -> {
          for (String[] learner : LEARNERS) {
            load(learner[0], learner[1], now);
          }
        });
    account("admin.demo", "Demo Administrator", "ADMIN", null, null, null, null);
    account("assessor.demo", "Gwenllïan Hughes", "ASSESSOR", null, ASSESSOR, null, null);
    account("trainee.demo", "Rhys Ó Súilleabháin", "ASSESSOR", null, TRAINEE, null, null);
    account("iqa.demo", "Ffion Prys-Jones", "IQA", null, null, CENTRE, null);
    account(
        "awarding-body.demo",
        "Demo Awarding Body (EQA)",
        "AWARDING_BODY",
        null,
        null,
        null,
        AWARDING_BODY);
    account("platform.demo", "Demo learning platform", "PLATFORM", null, null, null, null);
    for (String[] learner : LEARNERS) {
      account(
          "learner." + learner[0].substring("lrn_demo_".length()) + ".demo",
          people.learner(DEMO, learner[0]).name(),
          "LEARNER",
          learner[0],
          null,
          null,
          null);
    }
  }

  private void account(
      String username,
      String name,
      String role,
      String learnerId,
      String assessorId,
      String centreId,
      String awardingBodyId) {
    accounts.createDemo(
        new NewAccount(
            username,
            name,
            password,
            List.of(role),
            learnerId,
            assessorId,
            centreId,
            awardingBodyId));
  }

  private void load(String learnerId, String resource, OffsetDateTime now) {
    EvidenceBundle bundle = BundleReader.read(read(resource), catalogue, now.toLocalDate());
    EvidenceBundle.Learner l = bundle.learner();
    people.seedDemo(
        new Learner(learnerId, CENTRE, l.name(), l.uln().value(), now),
        new Registration(
            "reg_" + learnerId.substring(4),
            learnerId,
            l.qualificationId(),
            l.currentRoleId(),
            l.startDate(),
            l.weeklyLearningHours() == null ? null : BigDecimal.valueOf(l.weeklyLearningHours()),
            ASSESSOR,
            now));
    for (EvidenceItem item : bundle.evidence()) {
      byte[] record =
          (item.title() + "\n\n" + (item.description() == null ? "" : item.description()) + "\n")
              .getBytes(StandardCharsets.UTF_8);
      var upload =
          uploads.upload(
              DEMO,
              learnerId,
              "demo-" + item.id(),
              new EvidenceRequest(
                  item.title(),
                  item.description(),
                  item.method().name(),
                  item.activityDate(),
                  item.criteria(),
                  item.learnerDeclaration(),
                  item.witness() == null
                      ? null
                      : new WitnessRequest(item.witness().name(), item.witness().role())),
              List.of(new IncomingFile(item.id() + " record.txt", "text/plain", record)));
      var d = item.decision();
      if (d != null) {
        LocalDate decidedOn = d.decidedOn() != null ? d.decidedOn() : item.activityDate();
        judgements.judge(
            DEMO,
            upload.evidence().evidence().id(),
            "demo-judgement-" + item.id(),
            new JudgementRequest(
                d.verdict().name(),
                d.verdict() == Verdict.ACCEPTED && d.proficiency() != null
                    ? d.proficiency().name()
                    : null,
                d.feedback() != null
                    ? d.feedback()
                    : d.verdict() == Verdict.REFERRED
                        ? "Referred back: see the assessor's notes."
                        : null,
                d.assessorQualified() ? ASSESSOR : TRAINEE,
                d.authenticityConfirmed()),
            decidedOn.atTime(12, 0).atZone(clock.getZone()).toOffsetDateTime());
      }
    }
  }

  private static String read(String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("demo data " + resource + " is missing from the jar", e);
    }
  }
}
