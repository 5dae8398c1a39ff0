package uk.attest.accounts.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.attest.accounts.Accounts;

/**
 * Ends a browser session (from the login form) whose account has since been disabled or whose
 * password has changed: the request goes on as not signed in. Runs right after the session's
 * sign-in is loaded, before HTTP Basic or a bearer token could sign the request in afresh.
 */
class SessionsStillValid extends OncePerRequestFilter {
  private final Accounts accounts;

  SessionsStillValid(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.getPrincipal() instanceof SignedIn signedIn
        && signedIn.stamp() != null
        && !accounts.stillSignedIn(signedIn.actor().accountId(), signedIn.stamp())) {
      SecurityContextHolder.clearContext();
      var session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
    }
    chain.doFilter(request, response);
  }
}
