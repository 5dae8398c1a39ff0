package uk.attest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.attest.evidence.LearnerAssessments;
import uk.attest.evidence.LearnerEvidence;
import uk.attest.learners.PeopleService;
import uk.attest.shared.Actor;

/**
 * A newcomer's first run: the demo centre and three learners, with evidence, judgements and files.
 */
@SpringBootTest(
    classes = uk.attest.AttestApplication.class,
    properties = {
      "attest.demo-data.enabled=true",
      "spring.datasource.url=jdbc:h2:mem:demo-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class DemoDataTest {
  private static final Actor SYSTEM = Actor.system("test");
  private static final LocalDate ON = LocalDate.of(2026, 11, 20);

  @Autowired PeopleService people;
  @Autowired LearnerEvidence evidence;
  @Autowired LearnerAssessments assessments;
  @Autowired DemoData demo;
  @Autowired uk.attest.accounts.Accounts accounts;

  @Test
  void anEmptyDatabaseGetsADemoCentreWithThreeLearnersAtDifferentStages() {
    assertThat(people.learners(SYSTEM, DemoData.CENTRE)).hasSize(3);
    assertThat(people.assessor(SYSTEM, DemoData.ASSESSOR).qualified()).isTrue();
    assertThat(people.assessor(SYSTEM, DemoData.TRAINEE).qualified()).isFalse();

    var ready = assessments.current(SYSTEM, "lrn_demo_ready", ON).qualification().readiness();
    assertThat(ready.status()).isEqualTo("READY");
    assertThat(ready.score()).isEqualTo(100);
    var halfway = assessments.current(SYSTEM, "lrn_demo_halfway", ON).qualification().readiness();
    assertThat(halfway.status()).isEqualTo("NOT_READY");
    assertThat(halfway.score()).isEqualTo(27);
    var level6 = assessments.current(SYSTEM, "lrn_demo_level6", ON);
    assertThat(level6.qualification().level()).isEqualTo(6);
    assertThat(level6.progression().currentRole()).isEqualTo("head-of-e-commerce-sales");

    var items = evidence.list(SYSTEM, "lrn_demo_halfway");
    assertThat(items)
        .allSatisfy(
            e ->
                assertThat(e.files())
                    .singleElement()
                    .satisfies(f -> assertThat(f.sha256()).hasSize(64)));
    assertThat(items).anySatisfy(e -> assertThat(e.currentJudgement()).isNull());
    assertThat(assessments.history(SYSTEM, "lrn_demo_halfway")).isNotEmpty();
  }

  @Test
  void theDemoAccountsKeepSeparationOfDutiesAndOneAccountPerPerson() {
    var all = accounts.list(SYSTEM);
    assertThat(all)
        .filteredOn(a -> a.roles().contains(uk.attest.shared.Role.ADMIN))
        .isNotEmpty()
        .allSatisfy(
            a -> {
              assertThat(a.roles()).hasSize(1);
              assertThat(a.learnerId()).isNull();
              assertThat(a.assessorId()).isNull();
            });
    var learners = all.stream().map(a -> a.learnerId()).filter(java.util.Objects::nonNull).toList();
    var assessors =
        all.stream().map(a -> a.assessorId()).filter(java.util.Objects::nonNull).toList();
    assertThat(learners).hasSize(3).doesNotHaveDuplicates();
    assertThat(assessors).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void eachDemoLearnerIsAssessedOnceWhenAllTheirRecordsAreIn() {
    for (String[] learner : DemoData.LEARNERS) {
      var kept = assessments.history(SYSTEM, learner[0]);
      var today = assessments.current(SYSTEM, learner[0], assessments.today());
      assertThat(kept)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.cause()).isEqualTo("demo data loaded");
                assertThat(r.readinessScore()).isEqualTo(today.qualification().readiness().score());
                assertThat(r.status()).isEqualTo(today.qualification().readiness().status());
              });
    }
  }

  @Test
  void restartingOnADatabaseWithDataAddsNothing() {
    int before = evidence.list(SYSTEM, "lrn_demo_ready").size();
    demo.afterSingletonsInstantiated();
    assertThat(people.learners(SYSTEM, DemoData.CENTRE)).hasSize(3);
    assertThat(evidence.list(SYSTEM, "lrn_demo_ready")).hasSize(before);
  }
}
