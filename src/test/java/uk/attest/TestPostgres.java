package uk.attest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL the tests run against (127.0.0.1:5432, database test, trust auth; .ci/run
 * starts it): each test class migrates a schema of its own and drops it afterwards.
 */
public final class TestPostgres {
  public static final String URL =
      System.getenv().getOrDefault("ATTEST_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  public static final String USER = System.getenv().getOrDefault("ATTEST_TEST_PG_USER", "postgres");

  private TestPostgres() {}

  /** A new schema name, e.g. attest_api_1a2b3c4d5e6f. */
  public static String schema(String prefix) {
    return "attest_"
        + prefix
        + "_"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /** Points the service's datasource and Flyway at the schema. */
  public static void use(DynamicPropertyRegistry registry, String schema) {
    registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + schema);
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> "");
    registry.add("spring.flyway.schemas", () -> schema);
    // The schema is dropped when its test class ends, while Spring keeps the context cached: a
    // session clean-up still scheduled would fail every minute against the dropped table.
    registry.add("spring.session.jdbc.cleanup-cron", () -> "-");
  }

  public static void drop(String schema) throws SQLException {
    try (Connection c = DriverManager.getConnection(URL, USER, "")) {
      c.createStatement().execute("drop schema if exists " + schema + " cascade");
    }
  }
}
