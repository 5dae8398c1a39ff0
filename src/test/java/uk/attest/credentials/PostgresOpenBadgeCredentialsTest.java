package uk.attest.credentials;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.attest.TestPostgres;

/** The same credentials, issued, stored and revoked on the real PostgreSQL production runs on. */
@DirtiesContext // see TestPostgres: its schema is gone, so its context must stop too
class PostgresOpenBadgeCredentialsTest extends OpenBadgeCredentialsTest {
  static final String SCHEMA = TestPostgres.schema("credentials");

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.use(registry, SCHEMA);
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    TestPostgres.drop(SCHEMA);
  }
}
