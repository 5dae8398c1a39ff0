package uk.attest.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.attest.assessment.AssessmentEngine;
import uk.attest.shared.Actor;
import uk.attest.shared.Role;

/** A change of ruleset or catalogue re-assesses every learner assessed with the old versions. */
@SpringBootTest(
    classes = uk.attest.AttestApplication.class,
    properties = {
      "attest.demo-data.enabled=true",
      "attest.reassess-on-change=false",
      "spring.datasource.url=jdbc:h2:mem:reassess-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class ReassessmentTest {
  private static final Actor SYSTEM = Actor.system("test");

  @Autowired Reassessments reassessments;
  @Autowired AssessmentEngine engine;
  @Autowired JdbcClient jdbc;

  private long learnersOnCurrentVersions() {
    return jdbc.sql(
            "select count(*) from assessment_record a where a.seq = (select max(b.seq) from"
                + " assessment_record b where b.learner_id = a.learner_id) and"
                + " a.catalogue_version = ? and a.ruleset_version = ?")
        .params(engine.catalogue().version(), engine.rulesetVersion())
        .query(Long.class)
        .single();
  }

  @Test
  void learners_assessed_with_an_older_ruleset_are_re_assessed_with_the_new_one_and_say_why() {
    jdbc.sql("update assessment_record set ruleset_version = 'sha256:an-older-ruleset'").update();
    assertThat(learnersOnCurrentVersions()).isZero();

    int reassessed = reassessments.run();

    assertThat(reassessed).isEqualTo(3);
    assertThat(learnersOnCurrentVersions()).isEqualTo(3);
    assertThat(
            jdbc.sql(
                    "select count(*) from assessment_record where cause = 're-assessed: the"
                        + " ruleset or the catalogue changed'")
                .query(Long.class)
                .single())
        .isEqualTo(3);
    Reassessments.Job job = reassessments.jobs(SYSTEM).get(0);
    assertThat(job.status()).isEqualTo("DONE");
    assertThat(job.total()).isEqualTo(3);
    assertThat(job.done()).isEqualTo(3);
    assertThat(job.failed()).isZero();
    assertThat(job.rulesetVersion()).isEqualTo(engine.rulesetVersion());

    assertThat(reassessments.run()).as("nothing is left to re-assess").isZero();
  }

  @Test
  void only_admins_and_awarding_bodies_follow_re_assessments() {
    Actor assessor =
        new Actor(
            "acc",
            "a",
            "A",
            Set.of(Role.ASSESSOR),
            null,
            null,
            "asr_demo",
            "ctr",
            null,
            null,
            false);
    Actor awardingBody =
        new Actor(
            "acc2",
            "b",
            "B",
            Set.of(Role.AWARDING_BODY),
            null,
            null,
            null,
            null,
            null,
            "awb",
            false);

    assertThatThrownBy(() -> reassessments.jobs(assessor))
        .hasMessageContaining("admins and awarding bodies");
    assertThat(reassessments.jobs(awardingBody)).isNotNull();
  }
}
