package uk.attest.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * entry rewritten with a fresh hash of its own, and it names the first entry that does not check;
 * against its signed checkpoints it also shows a chain cut short with its head rewritten, a chain
 * gone, a trail emptied, and a checkpoint file altered. Run against H2 and PostgreSQL by the
 * subclasses.
 */
@SpringBootTest(
    classes = uk.attest.AttestApplication.class,
    properties = "attest.demo-data.enabled=false")
abstract class AuditTrailTestBase {
  static final Actor ASSESSOR = Actor.system("test assessor");

  @Autowired AuditTrail trail;
  @Autowired AuditCheckpoints checkpoints;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;

  @BeforeEach
  void anEmptyTrailWithFiveEntriesForOneLearner() throws Exception {
    jdbc.sql("delete from audit_entry").update();
    jdbc.sql("delete from audit_chain").update();
    Files.deleteIfExists(checkpoints.file());
    checkpoints.forget();
    for (int i = 1; i <= 5; i++) {
      append("lrn_test", i);
    }
  }

  AuditEntry append(String learner, int n) {
    return transaction.execute(
        status ->
            trail.record(
                ASSESSOR,
                "judgement.recorded",
                "evidence evd_" + n,
                learner,
                Map.of("verdict", "REFERRED"),
                Map.of("verdict", "ACCEPTED", "proficiency", "Advanced")));
  }

  private long seqAt(String chain, long position) {
    return jdbc.sql("select seq from audit_entry where chain_id = ? and chain_seq = ?")
        .params(chain, position)
        .query(Long.class)
        .single();
  }

  @Test
  void anUntouchedTrailChecksFromFirstEntryToHead() {
    var result = trail.verify();
    assertThat(result.intact()).isTrue();
    assertThat(result.checked()).isEqualTo(5);
    assertThat(result.chains()).isEqualTo(1);
    assertThat(result.firstBroken()).isNull();
    assertThat(result.broken()).isEmpty();
  }

  @Test
  void eachLearnersEntriesChainOnTheirOwnAndEntriesAboutNoLearnerOnTheSystemChain() {
    AuditEntry other = append("lrn_other", 1);
    AuditEntry sixth = append("lrn_test", 6);
    AuditEntry centre =
        transaction.execute(
            s -> trail.record(ASSESSOR, "centre.created", "centre ctr_1", null, null, Map.of()));
    assertThat(other.chainId()).isEqualTo("learner:lrn_other");
    assertThat(other.chainSeq()).isEqualTo(1);
    assertThat(other.prevHash()).isEqualTo(AuditTrail.GENESIS);
    assertThat(sixth.chainSeq()).isEqualTo(6);
    assertThat(centre.chainId()).isEqualTo("system");
    assertThat(centre.chainSeq()).isEqualTo(1);
    // numbers in the whole trail still rise in the order entries were written
    assertThat(List.of(other.seq(), sixth.seq(), centre.seq())).isSorted();
    var result = trail.verify();
    assertThat(result.intact()).isTrue();
    assertThat(result.chains()).isEqualTo(3);
    assertThat(result.checked()).isEqualTo(8);
  }

  @Test
  void anEditedEntryIsNamedAsTheFirstBroken() {
    jdbc.sql("update audit_entry set after_state = ? where chain_seq = 3")
        .param("{\"proficiency\":\"Expert\",\"verdict\":\"ACCEPTED\"}")
        .update();
    var result = trail.verify();
    assertThat(result.intact()).isFalse();
    assertThat(result.firstBroken().chain()).isEqualTo("learner:lrn_test");
    assertThat(result.firstBroken().position()).isEqualTo(3);
    assertThat(result.firstBroken().seq()).isEqualTo(seqAt("learner:lrn_test", 3));
    assertThat(result.firstBroken().problem()).startsWith("edited");
  }

  @Test
  void anEditedActorOrTimeIsAnEditToo() throws Exception {
    jdbc.sql("update audit_entry set actor = 'someone else' where chain_seq = 2").update();
    assertThat(trail.verify().firstBroken().position()).isEqualTo(2);
    anEmptyTrailWithFiveEntriesForOneLearner();
    jdbc.sql(
            "update audit_entry set recorded_at = recorded_at - interval '1' day"
                + " where chain_seq = 4")
        .update();
    assertThat(trail.verify().firstBroken().position()).isEqualTo(4);
  }

  @Test
  void aDeletedEntryIsNamedAsMissing() {
    jdbc.sql("delete from audit_entry where chain_seq = 3").update();
    var result = trail.verify();
    assertThat(result.firstBroken().position()).isEqualTo(3);
    assertThat(result.firstBroken().problem()).startsWith("missing: entry 3 is gone");
  }

  @Test
  void removingTheNewestEntriesIsSeenAgainstTheChainsHead() {
    jdbc.sql("delete from audit_entry where chain_seq >= 4").update();
    var result = trail.verify();
    assertThat(result.firstBroken().position()).isEqualTo(4);
    assertThat(result.firstBroken().problem()).contains("the newest entries were removed");
  }

  @Test
  void anEntryRewrittenWithAFreshHashBreaksTheLinkToTheNext() {
    AuditEntry third =
        trail.entries(0, 10).stream().filter(e -> e.chainSeq() == 3).findFirst().orElseThrow();
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
            null,
            third.chainId(),
            third.chainSeq());
    jdbc.sql("update audit_entry set after_state = ?, hash = ? where seq = ?")
        .params(forged.after(), AuditTrail.hash(forged), third.seq())
        .update();
    var result = trail.verify();
    assertThat(result.firstBroken().position()).isEqualTo(4);
    assertThat(result.firstBroken().problem()).startsWith("does not follow entry 3");
  }

  @Test
  void cuttingAChainShortAndRewritingItsHeadIsTruncationSinceTheLastCheckpoint() {
    append("lrn_other", 1);
    var checkpoint = checkpoints.checkpoint();
    assertThat(checkpoint.number()).isEqualTo(1);
    assertThat(checkpoint.chains()).isEqualTo(2);
    AuditEntry third =
        trail.entries(0, 10).stream().filter(e -> e.chainSeq() == 3).findFirst().orElseThrow();
    jdbc.sql("delete from audit_entry where chain_id = 'learner:lrn_test' and chain_seq > 3")
        .update();
    jdbc.sql("update audit_chain set seq = 3, hash = ? where chain_id = 'learner:lrn_test'")
        .param(third.hash())
        .update();

    var result = trail.verify();
    assertThat(result.intact()).isFalse();
    assertThat(result.broken()).hasSize(1);
    assertThat(result.firstBroken().chain()).isEqualTo("learner:lrn_test");
    assertThat(result.firstBroken().position()).isEqualTo(4);
    assertThat(result.firstBroken().problem())
        .startsWith("truncated since checkpoint 1 (" + checkpoint.at() + ")")
        .contains("the chain ends at entry 3 but the checkpoint recorded entry 5");
    // the chains themselves check: only the checkpoint shows the cut
    deleteCheckpoints();
    assertThat(trail.verify().intact()).isTrue();
  }

  private void deleteCheckpoints() {
    try {
      Files.deleteIfExists(checkpoints.file());
      checkpoints.forget();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aLaterCheckpointDoesNotForgetAChainThatWasCutShort() {
    checkpoints.checkpoint();
    AuditEntry fourth =
        trail.entries(0, 10).stream().filter(e -> e.chainSeq() == 4).findFirst().orElseThrow();
    jdbc.sql("delete from audit_entry where chain_seq = 5").update();
    jdbc.sql("update audit_chain set seq = 4, hash = ?").param(fourth.hash()).update();
    append("lrn_other", 1);
    var second = checkpoints.checkpoint();
    assertThat(second.number()).isEqualTo(2);
    var result = trail.verify();
    assertThat(result.firstBroken().problem())
        .startsWith("truncated since checkpoint 2")
        .contains("ends at entry 4 but the checkpoint recorded entry 5");
  }

  @Test
  void aChainRemovedWholeIsTruncation() {
    append("lrn_other", 1);
    checkpoints.checkpoint();
    jdbc.sql("delete from audit_entry where chain_id = 'learner:lrn_other'").update();
    jdbc.sql("delete from audit_chain where chain_id = 'learner:lrn_other'").update();
    var result = trail.verify();
    assertThat(result.firstBroken().chain()).isEqualTo("learner:lrn_other");
    assertThat(result.firstBroken().problem())
        .startsWith("truncated since checkpoint 1")
        .contains("the chain is gone");
  }

  @Test
  void anEmptiedTrailIsTruncationSinceTheLastCheckpoint() {
    var checkpoint = checkpoints.checkpoint();
    jdbc.sql("delete from audit_entry").update();
    jdbc.sql("delete from audit_chain").update();
    var result = trail.verify();
    assertThat(result.intact()).isFalse();
    assertThat(result.checked()).isZero();
    assertThat(result.firstBroken().problem())
        .isEqualTo(
            "truncated since checkpoint 1 ("
                + checkpoint.at()
                + "): the trail is empty, but the checkpoint recorded 1 chains; every entry was"
                + " removed");
  }

  @Test
  void aCheckpointWhoseSignatureFailsIsReportedAsSuch() throws Exception {
    var checkpoint = checkpoints.checkpoint();
    String line = Files.readString(checkpoints.file(), StandardCharsets.UTF_8);
    // someone writes a root of their own, without the key to sign it again
    Files.writeString(
        checkpoints.file(),
        line.replace(checkpoint.root(), AuditTrail.GENESIS),
        StandardCharsets.UTF_8);
    assertThat(trail.verify().broken())
        .extracting(AuditTrail.Broken::problem)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("checkpoint 1 (")
                    .contains("its signature does not verify with the checkpoint key"));
    // or lowers a recorded head to hide a cut, which changes the list the signature covers
    Files.writeString(
        checkpoints.file(), line.replace("\"seq\":5", "\"seq\":3"), StandardCharsets.UTF_8);
    var result = trail.verify();
    assertThat(result.intact()).isFalse();
    assertThat(result.broken())
        .extracting(AuditTrail.Broken::problem)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("checkpoint 1 (")
                    .contains("its list of changed chains is not the one it signed"));
  }

  @Test
  void checkpointsFollowOneAnotherAndListOnlyTheChainsThatMoved() throws Exception {
    checkpoints.checkpoint();
    append("lrn_other", 1);
    var second = checkpoints.checkpoint();
    assertThat(checkpoints.checkpointIfChanged()).isEmpty();
    List<String> lines = Files.readAllLines(checkpoints.file(), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1))
        .contains("\"previous\":\"" + uk.attest.shared.Sha256.hex(lines.get(0)) + "\"")
        .contains("\"chain\":\"learner:lrn_other\"")
        .doesNotContain("learner:lrn_test");
    assertThat(second.chains()).isEqualTo(2);
    var latest = checkpoints.latest().orElseThrow();
    assertThat(latest.get("number")).isEqualTo(2);
    assertThat(latest).containsKeys("root", "changes", "signature").doesNotContainKey("changed");
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void theCheckpointKeyIsAFileOnlyItsOwnerReads() throws Exception {
    assertThat(Files.exists(checkpoints.keyFile())).isTrue();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(checkpoints.keyFile())))
        .isEqualTo("rw-------");
    assertThat(checkpoints.keyFile().toString()).doesNotStartWith("data");
  }

  @Test
  void theChainFromBeforeChainsIsVerifiedAsBeforeAndNeverAppendedTo() {
    // as V14 leaves a trail written by the single chain: entries 1..3, hashed the old way, in
    // the closed chain "legacy" whose head is the old head row
    jdbc.sql("delete from audit_entry").update();
    jdbc.sql("delete from audit_chain").update();
    String prev = AuditTrail.GENESIS;
    for (long seq = 1; seq <= 3; seq++) {
      AuditEntry e =
          new AuditEntry(
              seq,
              OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC),
              null,
              "System (before chains)",
              "centre.created",
              "centre ctr_" + seq,
              null,
              null,
              "{}",
              prev,
              null);
      prev = AuditTrail.hash(e);
      jdbc.sql(
              "insert into audit_entry (seq, recorded_at, actor, action, subject, after_state,"
                  + " prev_hash, hash, chain_id, chain_seq)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, 'legacy', ?)")
          .params(
              seq,
              e.recordedAt(),
              e.actor(),
              e.action(),
              e.subject(),
              e.after(),
              e.prevHash(),
              prev,
              seq)
          .update();
    }
    jdbc.sql("insert into audit_chain (chain_id, seq, hash, closed) values ('legacy', 3, ?, true)")
        .param(prev)
        .update();
    AuditEntry centre =
        transaction.execute(
            st -> trail.record(ASSESSOR, "centre.created", "centre ctr_4", null, null, Map.of()));
    assertThat(centre.chainId()).isEqualTo("system");
    assertThat(centre.chainSeq()).isEqualTo(1);
    var intact = trail.verify();
    assertThat(intact.intact()).as(String.valueOf(intact.firstBroken())).isTrue();
    assertThat(intact.checked()).isEqualTo(4);
    jdbc.sql("update audit_entry set subject = 'centre ctr_9' where seq = 2").update();
    var broken = trail.verify();
    assertThat(broken.firstBroken().chain()).isEqualTo("legacy");
    assertThat(broken.firstBroken().seq()).isEqualTo(2);
    assertThat(broken.firstBroken().problem()).startsWith("edited");
  }

  @Test
  void writesFromManyThreadsChainInUnbrokenLines() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = 100 + i;
        writes.add(pool.submit(() -> append(n % 3 == 0 ? "lrn_test" : "lrn_" + (n % 8), n)));
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
    assertThat(jdbc.sql("select count(distinct seq) from audit_entry").query(Long.class).single())
        .isEqualTo(205);
  }

  @Test
  void anEntryWrittenOutsideATransactionIsRefused() {
    assertThatThrownBy(() -> trail.record(ASSESSOR, "x", "y", null, null, Map.of()))
        .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
  }
}
