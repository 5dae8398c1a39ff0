package uk.attest.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import uk.attest.accounts.Accounts;
import uk.attest.assessment.Assessment;
import uk.attest.audit.AuditTrail;
import uk.attest.shared.Actor;
import uk.attest.shared.ConflictException;
import uk.attest.shared.Forbidden;

/**
 * Handbook, Reliable: a trainee assessor's acceptance counts once a qualified assessor of the
 * centre countersigns it. On the demo centre, the half-way learner's written questions on the P&L
 * (EV-007) were accepted by the trainee assessor.
 */
@SpringBootTest(
    classes = uk.attest.AttestApplication.class,
    properties = {
      "attest.demo-data.enabled=true",
      "spring.datasource.url=jdbc:h2:mem:countersign-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
@DirtiesContext
class CountersigningTest {
  private static final String LEARNER = "lrn_demo_halfway";
  private static final String TITLE = "Questions on the structure of an e-commerce P&L";

  @Autowired Countersigning countersigning;
  @Autowired LearnerEvidence evidence;
  @Autowired LearnerAssessments assessments;
  @Autowired Caseloads caseloads;
  @Autowired Accounts accounts;
  @Autowired AuditTrail audit;
  @Autowired Withdrawals withdrawals;

  private Actor as(String username) {
    return accounts.actor(accounts.forSignIn(username).orElseThrow().getKey());
  }

  private String traineesItem() {
    return evidence.list(Actor.system("test"), LEARNER).stream()
        .filter(v -> v.evidence().title().equals(TITLE))
        .findFirst()
        .orElseThrow()
        .evidence()
        .id();
  }

  private List<String> reasons(String item, String criterion) {
    Assessment a = assessments.current(Actor.system("test"), LEARNER, assessments.today());
    return a.standards().stream()
        .flatMap(s -> s.criteria().stream())
        .filter(c -> c.id().equals(criterion))
        .flatMap(c -> c.reasons().stream())
        .filter(r -> r.evidence().contains(item))
        .map(r -> r.rule() + " " + r.message())
        .toList();
  }

  private boolean counts(String item, String criterion) {
    Assessment a = assessments.current(Actor.system("test"), LEARNER, assessments.today());
    return a.standards().stream()
        .flatMap(s -> s.criteria().stream())
        .filter(c -> c.id().equals(criterion))
        .anyMatch(c -> !c.outcome().equals("NOT_MET") && c.evidence().contains(item));
  }

  @Test
  void aTraineesAcceptanceCountsOnceAQualifiedAssessorCountersignsIt() {
    String item = traineesItem();
    assertThat(counts(item, "ATTECL03.K1")).isFalse();
    assertThat(reasons(item, "ATTECL03.K1"))
        .contains(
            "REL-03 "
                + item
                + " was accepted by asr_demo_trainee, who is not a qualified assessor; it awaits a"
                + " qualified assessor's countersignature.");
    Actor qualified = as("assessor.demo");
    assertThat(caseloads.toCountersign(qualified))
        .extracting(i -> i.evidence().id())
        .contains(item);

    // The trainee cannot countersign their own acceptance, nor can the learner or the IQA.
    assertThatThrownBy(() -> countersigning.countersign(as("trainee.demo"), item))
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> countersigning.countersign(as("iqa.demo"), item))
        .isInstanceOf(Forbidden.class);
    assertThat(counts(item, "ATTECL03.K1")).isFalse();

    Judgement signed = countersigning.countersign(qualified, item);

    assertThat(signed.countersignature().assessorId()).isEqualTo("asr_demo");
    assertThat(counts(item, "ATTECL03.K1")).isTrue();
    assertThat(reasons(item, "ATTECL03.K1")).noneMatch(r -> r.startsWith("REL-"));
    assertThat(caseloads.toCountersign(qualified))
        .extracting(i -> i.evidence().id())
        .doesNotContain(item);
    assertThat(audit.ofLearner(LEARNER, assessments.today()))
        .anySatisfy(e -> assertThat(e.action()).isEqualTo("judgement.countersigned"));
    // Once is enough: a second countersignature is refused and nothing changes.
    assertThatThrownBy(() -> countersigning.countersign(qualified, item))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("already countersigned by Gwenllïan Hughes");

    // A withdrawn item is no longer countersigned: the refusal says why.
    withdrawals.withdraw(
        as("learner.halfway.demo"),
        item,
        new Withdrawals.WithdrawalRequest("sent the wrong questions"));
    assertThatThrownBy(() -> countersigning.countersign(qualified, item))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("was withdrawn");
  }
}
