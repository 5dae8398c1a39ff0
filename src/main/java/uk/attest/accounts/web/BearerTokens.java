package uk.attest.accounts.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.attest.accounts.Accounts;
import uk.attest.shared.Actor;

/**
 * Signs in a request that carries "Authorization: Bearer atk_…", a token from POST /api/auth/token.
 * A token that is unknown, expired or whose account is disabled is a 401.
 *
 * <p>The sign-in is also kept in a request attribute, as HTTP Basic's is, so that the request's
 * async dispatch (after a streamed download such as a portfolio PDF or a cohort export has been
 * written) is still signed in; without it that dispatch was denied and the download cut short.
 */
class BearerTokens extends OncePerRequestFilter {
  private static final String PREFIX = "Bearer ";
  private final SecurityContextRepository requestScoped =
      new RequestAttributeSecurityContextRepository();
  private final Accounts accounts;
  private final AuthenticationEntryPoint entryPoint;

  BearerTokens(Accounts accounts, AuthenticationEntryPoint entryPoint) {
    this.accounts = accounts;
    this.entryPoint = entryPoint;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      chain.doFilter(request, response);
      return;
    }
    String token = header.substring(PREFIX.length()).strip();
    Optional<Actor> actor = token.isEmpty() ? Optional.empty() : accounts.actorForToken(token);
    if (actor.isEmpty()) {
      SecurityContextHolder.clearContext();
      entryPoint.commence(
          request,
          response,
          new BadCredentialsException("the bearer token is unknown, expired or revoked"));
      return;
    }
    SignedIn signedIn = new SignedIn(actor.get(), "", true, null);
    var authentication =
        UsernamePasswordAuthenticationToken.authenticated(
            signedIn, null, signedIn.getAuthorities());
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    requestScoped.saveContext(context, request, response);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
