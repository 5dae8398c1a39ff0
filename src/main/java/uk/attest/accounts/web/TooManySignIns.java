package uk.attest.accounts.web;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this username or address: wait, then try again. */
class TooManySignIns extends AuthenticationException {
  private final Duration retryAfter;

  TooManySignIns(Duration retryAfter) {
    super(
        "too many failed sign-ins; try again in "
            + Math.max(1, retryAfter.toSeconds())
            + " seconds");
    this.retryAfter = retryAfter;
  }

  Duration retryAfter() {
    return retryAfter;
  }
}
