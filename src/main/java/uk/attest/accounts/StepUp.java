package uk.attest.accounts;

import java.time.Duration;
import org.springframework.stereotype.Component;
import uk.attest.shared.Actor;
import uk.attest.shared.Checks;
import uk.attest.shared.InvalidInputException;
import uk.attest.shared.Limits;

/**
 * A step-up before an act a person answers for (signing a declaration): they enter their password
 * again. Each try counts as a failed sign-in for their username and address, under the sign-in's
 * limits and window, until the password proves right; so a stolen session cannot guess it faster
 * here than at the sign-in page. Call it outside the transaction of the act, so a refused try stays
 * counted when the act is rolled back.
 */
@Component
public class StepUp {
  private final Accounts accounts;

  StepUp(Accounts accounts) {
    this.accounts = accounts;
  }

  /** Too many wrong passwords or failed sign-ins for this username or address: wait. */
  public static final class TooManyAttempts extends RuntimeException {
    private final long retryAfterSeconds;

    TooManyAttempts(Duration wait) {
      super(
          "too many wrong passwords or failed sign-ins; try again in "
              + Math.max(1, wait.toSeconds())
              + " seconds");
      this.retryAfterSeconds = Math.max(1, wait.toSeconds());
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }

  /**
   * Returns when the password is the actor's own; otherwise throws {@link InvalidInputException}
   * naming the field, or {@link TooManyAttempts}.
   */
  public void confirm(Actor actor, String field, String password, String remote) {
    if (password == null || password.isEmpty()) {
      throw new InvalidInputException(field, "is required to sign");
    }
    // Text no password can be is refused as such, without counting as a wrong guess.
    Checks checks = new Checks();
    checks.secret(field, password, Limits.PASSWORD);
    checks.done();
    String username = actor.username() == null ? "" : actor.username();
    String from = remote == null ? "unknown" : remote;
    // Counted as a failure from the start, so tries racing each other cannot slip past.
    long attempt = accounts.signInAttempt(username, from);
    var wait = accounts.signInRefusedFor(username, from);
    if (wait.isPresent()) {
      accounts.signInWithdrawn(attempt);
      throw new TooManyAttempts(wait.get());
    }
    if (!accounts.passwordMatches(actor, password)) {
      throw new InvalidInputException(field, "is not right; nothing was signed");
    }
    accounts.signInSucceeded(username);
  }
}
