package uk.attest.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Spring Boot service. Start-up loads and validates criteria/ and compiles rules/, or fails.
 */
@SpringBootApplication(
    scanBasePackages = {
      "uk.attest.web",
      "uk.attest.access",
      "uk.attest.audit",
      "uk.attest.people",
      "uk.attest.records",
      "uk.attest.demo"
    })
@ConfigurationPropertiesScan({"uk.attest.web", "uk.attest.people", "uk.attest.records"})
public class AttestApplication {
  public static void start(String[] args) {
    SpringApplication.run(AttestApplication.class, args);
  }

  public static void main(String[] args) {
    start(args);
  }
}
