package uk.attest.credentials;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The issuer's keys cannot be used: the service does not start, and says what to do. */
class KeysRefused extends RuntimeException {
  private final String action;

  KeysRefused(String description, String action) {
    super(description);
    this.action = action;
  }

  /** Shown as Spring Boot's "APPLICATION FAILED TO START" description and action. */
  static class Analyzer extends AbstractFailureAnalyzer<KeysRefused> {
    @Override
    protected FailureAnalysis analyze(Throwable root, KeysRefused cause) {
      return new FailureAnalysis(cause.getMessage(), cause.action, cause);
    }
  }
}
