package uk.attest.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.stereotype.Component;
import uk.attest.accounts.Accounts;
import uk.attest.shared.Actor;
import uk.attest.shared.InvalidInputException;

/**
 * Changing one's own password (API and page) asks for the current password, so it is a way to guess
 * it: a stolen token or an unattended session could try one guess after another. Each try counts as
 * a failed sign-in for the account's username and the client address, under the same limits and
 * window as the sign-in itself (see ThrottledSignIn); a right current password clears them as a
 * sign-in does.
 */
@Component
class ThrottledPasswordChange {
  private final Accounts accounts;

  ThrottledPasswordChange(Accounts accounts) {
    this.accounts = accounts;
  }

  /** Too many wrong passwords for this username or address: wait, then try again. */
  static final class TooManyGuesses extends RuntimeException {
    private final Duration retryAfter;

    TooManyGuesses(Duration retryAfter) {
      super(
          "too many wrong passwords or failed sign-ins; try again in "
              + seconds(retryAfter)
              + " seconds");
      this.retryAfter = retryAfter;
    }

    long retryAfterSeconds() {
      return seconds(retryAfter);
    }

    private static long seconds(Duration d) {
      return Math.max(1, d.toSeconds());
    }
  }

  void change(Actor actor, String current, String replacement, HttpServletRequest request) {
    String username = actor.username();
    String remote = request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    // Counted as a failure from the start, so tries racing each other cannot slip past.
    long attempt = accounts.signInAttempt(username, remote);
    var wait = accounts.signInRefusedFor(username, remote);
    if (wait.isPresent()) {
      accounts.signInWithdrawn(attempt);
      throw new TooManyGuesses(wait.get());
    }
    try {
      accounts.changeOwnPassword(actor, current, replacement);
    } catch (InvalidInputException e) {
      if (e.errors().stream().noneMatch(x -> x.field().equals("currentPassword"))) {
        accounts.signInSucceeded(username); // the current password was right
      }
      throw e;
    }
    accounts.signInSucceeded(username);
  }
}
