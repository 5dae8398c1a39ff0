package uk.attest.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.attest.shared.Actor;

/**
 * The audit trail shows tampering: an edited entry, a removed one, the newest ones removed, or an
 * entry rewritten with a fresh hash of its own, and it names the first entry that does not check.
 * Run against H2 and PostgreSQL by the subclasses.
 */
@SpringBootTest(
    classes = uk.attest.AttestApplication.class,
    properties = "attest.demo-data.enabled=false")
abstract class AuditTrailTestBase {
  private static final Actor ASSESSOR = Actor.system("test assessor");

  @Autowired AuditTrail trail;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;

  @BeforeEach
  void anEmptyTrailWithFiveEntries() {
    jdbc.sql("delete from audit_entry").update();
    jdbc.sql("update audit_head set seq = 0, hash = ? where id = 1")
        .param(AuditTrail.GENESIS)
        .update();
    for (int i = 1; i <= 5; i++) {
      append(i);
    }
  }

  private void append(int n) {
    transaction.executeWithoutResult(
        status ->
            trail.record(
                ASSESSOR,
                "judgement.recorded",
                "evidence evd_" + n,
                "lrn_test",
                Map.of("verdict", "REFERRED"),
                Map.of("verdict", "ACCEPTED", "proficiency", "Advanced")));
  }

  @Test
  void anUntouchedTrailChecksFromFirstEntryToHead() {
    var result = trail.verify();
    assertThat(result.intact()).isTrue();
    assertThat(result.checked()).isEqualTo(5);
    assertThat(result.head().seq()).isEqualTo(5);
    assertThat(result.firstBroken()).isNull();
  }

  @Test
  void anEditedEntryIsNamedAsTheFirstBroken() {
    jdbc.sql("update audit_entry set after_state = ? where seq = 3")
        .param("{\"proficiency\":\"Expert\",\"verdict\":\"ACCEPTED\"}")
        .update();
    var result = trail.verify();
    assertThat(result.intact()).isFalse();
    assertThat(result.firstBroken().seq()).isEqualTo(3);
    assertThat(result.firstBroken().problem()).startsWith("edited");
  }

  @Test
  void anEditedActorOrTimeIsAnEditToo() {
    jdbc.sql("update audit_entry set actor = 'someone else' where seq = 2").update();
    assertThat(trail.verify().firstBroken().seq()).isEqualTo(2);
    anEmptyTrailWithFiveEntries();
    jdbc.sql("update audit_entry set recorded_at = recorded_at - interval '1' day where seq = 4")
        .update();
    assertThat(trail.verify().firstBroken().seq()).isEqualTo(4);
  }

  @Test
  void aDeletedEntryIsNamedAsMissing() {
    jdbc.sql("delete from audit_entry where seq = 3").update();
    var result = trail.verify();
    assertThat(result.firstBroken().seq()).isEqualTo(3);
    assertThat(result.firstBroken().problem()).startsWith("missing: entry 3 is gone");
  }

  @Test
  void removingTheNewestEntriesIsSeenAgainstTheHead() {
    jdbc.sql("delete from audit_entry where seq >= 4").update();
    var result = trail.verify();
    assertThat(result.firstBroken().seq()).isEqualTo(4);
    assertThat(result.firstBroken().problem()).contains("the newest entries were removed");
  }

  @Test
  void anEntryRewrittenWithAFreshHashBreaksTheLinkToTheNext() {
    AuditEntry third = trail.entries(2, 1).get(0);
    AuditEntry forged =
        new AuditEntry(
            third.seq(),
            third.recordedAt(),
            third.accountId(),
            third.actor(),
            third.action(),
            third.subject(),
            third.learnerId(),
            third.before(),
            "{\"verdict\":\"REFERRED\"}",
            third.prevHash(),
            null);
    jdbc.sql("update audit_entry set after_state = ?, hash = ? where seq = 3")
        .params(forged.after(), AuditTrail.hash(forged))
        .update();
    var result = trail.verify();
    assertThat(result.firstBroken().seq()).isEqualTo(4);
    assertThat(result.firstBroken().problem()).startsWith("does not follow entry 3");
  }

  @Test
  void writesFromManyThreadsChainInOneUnbrokenLine() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = 100 + i;
        writes.add(pool.submit(() -> append(n)));
      }
      for (Future<?> w : writes) {
        w.get();
      }
    } finally {
      pool.shutdown();
    }
    var result = trail.verify();
    assertThat(result.intact()).as(String.valueOf(result.firstBroken())).isTrue();
    assertThat(result.checked()).isEqualTo(205);
    assertThat(result.head().seq()).isEqualTo(205);
  }

  @Test
  void anEntryWrittenOutsideATransactionIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> trail.record(ASSESSOR, "x", "y", null, null, Map.of()))
        .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
  }
}
