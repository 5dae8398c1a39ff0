package uk.attest.accounts.web;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import uk.attest.accounts.Accounts;

/**
 * Checks a username and password (HTTP Basic, the token endpoint and the login form all come here),
 * refusing at once while too many recent attempts for the username or the client address have
 * failed. Each attempt is recorded as a failure before the password is checked and cleared only
 * when it is right.
 */
class ThrottledSignIn implements AuthenticationProvider {
  private final DaoAuthenticationProvider passwords;
  private final Accounts accounts;

  ThrottledSignIn(DaoAuthenticationProvider passwords, Accounts accounts) {
    this.passwords = passwords;
    this.accounts = accounts;
  }

  @Override
  public Authentication authenticate(Authentication credentials) {
    String username = String.valueOf(credentials.getName());
    String remote =
        credentials.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null
            ? web.getRemoteAddress()
            : "unknown";
    // Counted as a failure from the start, so attempts racing each other cannot slip past.
    long attempt = accounts.signInAttempt(username, remote);
    var wait = accounts.signInRefusedFor(username, remote);
    if (wait.isPresent()) {
      accounts.signInWithdrawn(attempt);
      throw new TooManySignIns(wait.get());
    }
    Authentication signedIn = passwords.authenticate(credentials);
    accounts.signInSucceeded(username);
    return signedIn;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return passwords.supports(authentication);
  }
}
