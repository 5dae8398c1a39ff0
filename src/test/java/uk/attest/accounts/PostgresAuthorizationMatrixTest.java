package uk.attest.accounts;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.attest.TestPostgres;

/** The authorisation matrix on the real PostgreSQL, in a schema of its own. */
@DirtiesContext // see TestPostgres: its schema is gone, so its context must stop too
class PostgresAuthorizationMatrixTest extends AuthorizationMatrixTestBase {
  static final String SCHEMA = TestPostgres.schema("matrix");

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.use(registry, SCHEMA);
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    TestPostgres.drop(SCHEMA);
  }
}
