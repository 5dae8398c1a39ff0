package uk.attest.application;

import java.util.List;
import uk.attest.TestPostgres;

/** On PostgreSQL, in a schema of its own. */
class PostgresKillTest extends KillTestBase {
  private final String schema = TestPostgres.schema("kill");

  @Override
  protected List<String> databaseArguments() {
    return List.of(
        "--spring.datasource.url=" + TestPostgres.URL + "?currentSchema=" + schema,
        "--spring.datasource.username=" + TestPostgres.USER,
        "--spring.datasource.password=",
        "--spring.flyway.schemas=" + schema);
  }

  @Override
  protected void afterService() throws Exception {
    TestPostgres.drop(schema);
  }
}
