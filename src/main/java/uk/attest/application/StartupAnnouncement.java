package uk.attest.application;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import uk.attest.accounts.Accounts;

/**
 * Says where the service is once it takes requests, and while demo data is on which demo accounts a
 * newcomer can sign in with.
 */
@Component
class StartupAnnouncement implements ApplicationListener<ApplicationReadyEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(StartupAnnouncement.class);

  private final Environment environment;
  private final Accounts accounts;
  private final boolean demoData;
  private final String demoPassword;

  StartupAnnouncement(
      Environment environment,
      Accounts accounts,
      @Value("${attest.demo-data.enabled:false}") boolean demoData,
      @Value("${attest.demo-data.password:}") String demoPassword) {
    this.environment = environment;
    this.accounts = accounts;
    this.demoData = demoData;
    this.demoPassword = demoPassword;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    String port = environment.getProperty("local.server.port");
    if (port == null) {
      return; // no web server (a test context without one)
    }
    LOG.info("Attest is ready: open http://localhost:{}/ and sign in", port);
    if (demoData) {
      String demo =
          accounts.demoAccounts().stream()
              .map(a -> a.username() + " (" + a.displayName() + ")")
              .collect(Collectors.joining(", "));
      LOG.info("Demo accounts, all with the password '{}': {}", demoPassword, demo);
    }
  }
}
