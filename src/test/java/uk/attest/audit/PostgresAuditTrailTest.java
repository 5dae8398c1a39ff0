package uk.attest.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The audit trail on the real PostgreSQL (127.0.0.1:5432, database test), where the head row's lock
 * is what keeps concurrent writers in one line. A schema of its own, dropped afterwards.
 */
class PostgresAuditTrailTest extends AuditTrailTestBase {
  static final String URL =
      System.getenv().getOrDefault("ATTEST_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String USER = System.getenv().getOrDefault("ATTEST_TEST_PG_USER", "postgres");
  static final String SCHEMA =
      "attest_audit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + SCHEMA);
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> "");
    registry.add("spring.flyway.schemas", () -> SCHEMA);
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    try (Connection c = DriverManager.getConnection(URL, USER, "")) {
      c.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
    }
  }
}
