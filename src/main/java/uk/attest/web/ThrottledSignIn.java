package uk.attest.web;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import uk.attest.people.Accounts;

/**
 * Checks a username and password (HTTP Basic, the token endpoint and the login form all come here),
 * refusing at once while too many recent attempts for the username or the client address have
 * failed, and counting each failure.
 */
class ThrottledSignIn implements AuthenticationProvider {
  private final DaoAuthenticationProvider passwords;
  private final Accounts accounts;

  ThrottledSignIn(DaoAuthenticationProvider passwords, Accounts accounts) {
    this.passwords = passwords;
    this.accounts = accounts;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String username = String.valueOf(attempt.getName());
    String remote =
        attempt.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null
            ? web.getRemoteAddress()
            : "unknown";
    accounts
        .signInRefusedFor(username, remote)
        .ifPresent(
            wait -> {
              throw new TooManySignIns(wait);
            });
    try {
      Authentication signedIn = passwords.authenticate(attempt);
      accounts.signInSucceeded(username);
      return signedIn;
    } catch (AuthenticationException e) {
      accounts.signInFailed(username, remote);
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return passwords.supports(authentication);
  }
}
