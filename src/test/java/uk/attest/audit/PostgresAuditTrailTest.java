package uk.attest.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.attest.TestPostgres;

/**
 * The audit trail on the real PostgreSQL, where each chain's head row lock is what keeps its
 * concurrent writers in one line, and writers on different chains do not wait for each other. A
 * schema of its own, dropped afterwards.
 */
@DirtiesContext // see TestPostgres: its schema is gone, so its context must stop too
class PostgresAuditTrailTest extends AuditTrailTestBase {
  static final String SCHEMA = TestPostgres.schema("audit");

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.use(registry, SCHEMA);
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    TestPostgres.drop(SCHEMA);
  }

  @Test
  void aWriteForOneLearnerDoesNotWaitForAnOpenWriteForAnother() throws Exception {
    append("lrn_b", 1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try {
      // learner A's write holds its transaction open after appending
      Future<?> holding =
          pool.submit(
              () ->
                  transaction.executeWithoutResult(
                      s -> {
                        trail.record(ASSESSOR, "x", "evidence evd_a", "lrn_a", null, null);
                        written.countDown();
                        await(release);
                      }));
      assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
      // learner B's write commits while A's is still open
      Future<AuditEntry> other = pool.submit(() -> append("lrn_b", 2));
      assertThat(other.get(10, TimeUnit.SECONDS).chainSeq()).isEqualTo(2);
      assertThat(holding.isDone()).isFalse();
      release.countDown();
      holding.get(30, TimeUnit.SECONDS);
    } finally {
      release.countDown();
      pool.shutdown();
    }
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void aWriteForTheSameLearnerWaitsUntilTheOpenOneCommits() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try {
      Future<?> holding =
          pool.submit(
              () ->
                  transaction.executeWithoutResult(
                      s -> {
                        trail.record(ASSESSOR, "x", "evidence evd_6", "lrn_test", null, null);
                        written.countDown();
                        await(release);
                      }));
      assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
      Future<AuditEntry> same = pool.submit(() -> append("lrn_test", 7));
      try {
        same.get(2, TimeUnit.SECONDS);
        throw new AssertionError("the second write to the same chain did not wait");
      } catch (TimeoutException expected) {
        // it waits on the chain's head row
      }
      release.countDown();
      holding.get(30, TimeUnit.SECONDS);
      assertThat(same.get(30, TimeUnit.SECONDS).chainSeq()).isEqualTo(7);
    } finally {
      release.countDown();
      pool.shutdown();
    }
    assertThat(trail.verify().intact()).isTrue();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
