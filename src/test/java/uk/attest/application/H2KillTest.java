package uk.attest.application;

import java.util.List;

/** On the default database (H2 in ./data of the folder the service runs in): README's first try. */
class H2KillTest extends KillTestBase {
  @Override
  protected List<String> databaseArguments() {
    return List.of();
  }
}
