package uk.attest.application;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start-up the service refuses, with what to do about it, shown without a stack trace. */
class StartupRefused extends RuntimeException {
  private final String action;

  StartupRefused(String description, String action) {
    super(description);
    this.action = action;
  }

  /** Prints the refusal as Spring Boot's "APPLICATION FAILED TO START" description and action. */
  static class Analyzer extends AbstractFailureAnalyzer<StartupRefused> {
    @Override
    protected FailureAnalysis analyze(Throwable root, StartupRefused cause) {
      return new FailureAnalysis(cause.getMessage(), cause.action, cause);
    }
  }
}
