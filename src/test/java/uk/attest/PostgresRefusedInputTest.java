package uk.attest;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Bad input refused on the real PostgreSQL, which cannot store a NUL, in a schema of its own. */
@DirtiesContext // see TestPostgres: its schema is gone, so its context must stop too
class PostgresRefusedInputTest extends RefusedInputTestBase {
  static final String SCHEMA = TestPostgres.schema("refused");

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.use(registry, SCHEMA);
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    TestPostgres.drop(SCHEMA);
  }
}
