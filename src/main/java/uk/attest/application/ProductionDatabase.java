package uk.attest.application;

import java.util.Arrays;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Production runs on PostgreSQL. H2 keeps what it acknowledged through a killed process, but not
 * through a power cut or a full disk as a server database does, and it cannot be shared by a second
 * instance. Checked before any bean touches the database, so a refused start leaves no files.
 */
@Configuration(proxyBeanMethods = false)
class ProductionDatabase {
  @Bean
  static BeanFactoryPostProcessor productionRunsOnPostgres(Environment environment) {
    return factory -> check(environment);
  }

  static void check(Environment environment) {
    boolean production =
        Arrays.stream(environment.getActiveProfiles())
            .anyMatch(p -> p.equals("production") || p.equals("prod"));
    String url = environment.getProperty("spring.datasource.url", "");
    if (production && url.startsWith("jdbc:h2:")) {
      throw new StartupRefused(
          "Refusing to start: the production profile runs on PostgreSQL, and the database is H2 ("
              + url.replaceFirst(";.*$", "")
              + "). H2 is for trying Attest and for tests.",
          "Point SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME and"
              + " SPRING_DATASOURCE_PASSWORD) at PostgreSQL, or add the postgres profile:"
              + " --spring.profiles.active=production,postgres.");
    }
  }
}
