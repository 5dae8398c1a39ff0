package uk.attest.application;

import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import uk.attest.accounts.Accounts;
import uk.attest.shared.InvalidInputException;

/**
 * Checks made before the service takes requests. Under a production profile ("production" or
 * "prod") it refuses to start while the demo data is switched on or any demo account can still sign
 * in. On a database with no accounts, it creates the first admin from attest.first-admin.username
 * and attest.first-admin.password (ATTEST_FIRST_ADMIN_USERNAME / _PASSWORD), if given; under a
 * production profile they must be given, or nobody could sign in.
 */
@Component
class StartupChecks implements InitializingBean {
  private static final Logger LOG = LoggerFactory.getLogger(StartupChecks.class);

  private final Environment environment;
  private final Accounts accounts;
  private final boolean demoData;
  private final String firstAdmin;
  private final String firstAdminPassword;

  StartupChecks(
      Environment environment,
      Accounts accounts,
      @Value("${attest.demo-data.enabled:false}") boolean demoData,
      @Value("${attest.first-admin.username:}") String firstAdmin,
      @Value("${attest.first-admin.password:}") String firstAdminPassword) {
    this.environment = environment;
    this.accounts = accounts;
    this.demoData = demoData;
    this.firstAdmin = firstAdmin;
    this.firstAdminPassword = firstAdminPassword;
  }

  @Override
  public void afterPropertiesSet() {
    boolean production =
        Arrays.stream(environment.getActiveProfiles())
            .anyMatch(p -> p.equals("production") || p.equals("prod"));
    if (production && demoData) {
      throw new StartupRefused(
          "Refusing to start: attest.demo-data.enabled=true under the production profile would"
              + " create demo accounts whose passwords are published.",
          "Set attest.demo-data.enabled=false (the production profile's default).");
    }
    if (production && accounts.anyDemo()) {
      throw new StartupRefused(
          "Refusing to start: this database has demo accounts that can still sign in, and the"
              + " production profile is active.",
          "Disable them outside production (PATCH /api/accounts/{id} with {\"enabled\": false}),"
              + " or use a database without demo data.");
    }
    if (production && firstAdmin.isBlank() && !accounts.any()) {
      throw new StartupRefused(
          "Refusing to start: this database has no accounts, so nobody could sign in to manage it,"
              + " and no first admin is set.",
          "Set attest.first-admin.username and attest.first-admin.password"
              + " (ATTEST_FIRST_ADMIN_USERNAME / ATTEST_FIRST_ADMIN_PASSWORD); the admin is created"
              + " on a database with no accounts, and the settings are not needed after that.");
    }
    if (!firstAdmin.isBlank() && !accounts.any()) {
      try {
        accounts.createFirstAdmin(firstAdmin, firstAdminPassword);
      } catch (InvalidInputException e) {
        throw new StartupRefused(
            "Refusing to start: the first admin cannot be created: "
                + e.errors().stream()
                    .map(err -> err.field() + " " + err.message())
                    .collect(java.util.stream.Collectors.joining("; ")),
            "Fix attest.first-admin.username and attest.first-admin.password"
                + " (ATTEST_FIRST_ADMIN_USERNAME / ATTEST_FIRST_ADMIN_PASSWORD).");
      }
      LOG.info("Created the first admin account, {}", firstAdmin);
    }
  }
}
