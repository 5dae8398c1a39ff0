package uk.attest;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The API against the real PostgreSQL, in a schema of its own dropped afterwards. */
@DirtiesContext // see TestPostgres: its schema is gone, so its context must stop too
class PostgresApiTest extends ApiTestBase {
  static final String SCHEMA = TestPostgres.schema("test");

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.use(registry, SCHEMA);
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    TestPostgres.drop(SCHEMA);
  }
}
