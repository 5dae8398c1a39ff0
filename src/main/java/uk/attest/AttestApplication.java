package uk.attest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Spring Boot service, at the root so that every feature module below it is scanned (and
 * verified by the modularity test). Start-up loads and validates criteria/ and compiles rules/, or
 * fails.
 */
@SpringBootApplication(scanBasePackages = "uk.attest")
@ConfigurationPropertiesScan("uk.attest")
public class AttestApplication {
  public static void start(String[] args) {
    SpringApplication.run(AttestApplication.class, args);
  }

  public static void main(String[] args) {
    start(args);
  }
}
