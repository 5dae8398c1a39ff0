package uk.attest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL the tests run against (127.0.0.1:5432, database test, trust auth; .ci/run
 * starts it): each test class migrates a schema of its own and drops it afterwards. Such a class is
 * also marked {@code @DirtiesContext}: no other class shares its context, and left in Spring's
 * cache it would keep its connections and its background work (the evidence reader's sweep every 30
 * s) going against the dropped schema for the rest of the run.
 */
public final class TestPostgres {
  public static final String URL =
      System.getenv().getOrDefault("ATTEST_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  public static final String USER = System.getenv().getOrDefault("ATTEST_TEST_PG_USER", "postgres");
  private static final String DEADLOCK_DETECTED = "40P01";

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

  /**
   * Drops the schema. The class's Spring context is still running when its {@code @AfterAll} runs,
   * and its background work (reading uploads, re-assessing) may hold a table the drop needs while
   * waiting for one the drop already holds: PostgreSQL then ends one of the two as deadlocked. If
   * that is the drop, it is tried again; the other side has finished by then.
   */
  public static void drop(String schema) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try (Connection c = DriverManager.getConnection(URL, USER, "")) {
        c.createStatement().execute("drop schema if exists " + schema + " cascade");
        return;
      } catch (SQLException e) {
        if (!DEADLOCK_DETECTED.equals(e.getSQLState()) || attempt == 5) {
          throw e;
        }
      }
    }
  }
}
