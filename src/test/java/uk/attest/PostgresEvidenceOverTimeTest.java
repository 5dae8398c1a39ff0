package uk.attest;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Withdrawals, new versions of files and changes of assessor against the real PostgreSQL. */
@DirtiesContext // see TestPostgres: its schema is gone, so its context must stop too
class PostgresEvidenceOverTimeTest extends EvidenceOverTimeTest {
  static final String SCHEMA = TestPostgres.schema("overtime");

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.use(registry, SCHEMA);
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    TestPostgres.drop(SCHEMA);
  }
}
