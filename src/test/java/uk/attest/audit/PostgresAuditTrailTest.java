package uk.attest.audit;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.attest.TestPostgres;

/**
 * The audit trail on the real PostgreSQL, where the head row's lock is what keeps concurrent
 * writers in one line. A schema of its own, dropped afterwards.
 */
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
}
