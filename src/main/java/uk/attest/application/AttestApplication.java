package uk.attest.application;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Spring Boot service. Start-up loads and validates criteria/ and compiles rules/, or fails.
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
