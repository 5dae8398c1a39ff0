package uk.attest.accounts.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.accounts.Accounts;

/**
 * Sign-in. The API takes a bearer token (POST /api/auth/token with HTTP Basic gives one) or HTTP
 * Basic on every request; browsers get a login form and a session. Every /api request must be
 * signed in; what each account may then see and do is decided by the services (see Access), not by
 * URL patterns here. API errors are problem details: 401 with WWW-Authenticate, 429 with
 * Retry-After after too many failed sign-ins.
 */
@Configuration
class SecurityConfiguration {
  private static final RequestMatcher API = r -> r.getRequestURI().startsWith("/api/");

  /**
   * Argon2id with OWASP's recommended cost (19 MiB, 2 passes), behind a delegating encoder so a
   * future change of algorithm re-hashes stored passwords by their {id} prefix.
   */
  @Bean
  PasswordEncoder passwordEncoder() {
    return new DelegatingPasswordEncoder(
        "argon2",
        Map.of(
            "argon2", new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
            "bcrypt", new BCryptPasswordEncoder()));
  }

  @Bean
  UserDetailsService accountsByUsername(Accounts accounts) {
    return username ->
        accounts
            .forSignIn(username)
            .map(
                e ->
                    new SignedIn(
                        accounts.actor(e.getKey()),
                        e.getValue(),
                        e.getKey().enabled(),
                        Accounts.stamp(e.getValue())))
            .orElseThrow(() -> new UsernameNotFoundException("no such account"));
  }

  @Bean
  AuthenticationManager authenticationManager(
      UserDetailsService users, PasswordEncoder passwords, Accounts accounts) {
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
    dao.setPasswordEncoder(passwords);
    return new ProviderManager(new ThrottledSignIn(dao, accounts));
  }

  @Bean
  SecurityFilterChain filterChain(
      HttpSecurity http, Accounts accounts, AuthenticationManager manager, JsonMapper json)
      throws Exception {
    AuthenticationEntryPoint problem = (request, response, e) -> unauthorized(json, response, e);
    AccessDeniedHandler denied =
        (request, response, e) ->
            write(
                json,
                response,
                403,
                "Forbidden",
                e instanceof org.springframework.security.web.csrf.CsrfException
                    ? "this request rides on a browser session without its CSRF token (send the"
                        + " token as X-CSRF-TOKEN, or sign the request in with a bearer token)"
                    : "this account may not do that",
                Map.of());
    http.authenticationManager(manager)
        .authorizeHttpRequests(
            a ->
                // A streamed download finishes on an async dispatch of a request that was
                // already signed in and checked; an error dispatch renders an earlier failure.
                a.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers(
                        "/login",
                        "/error",
                        "/assets/**",
                        "/favicon.ico",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/swagger-ui.html",
                        "/swagger-ui/**")
                    .permitAll()
                    // Public frameworks (CASE 1.1): read by anyone, changed by no one here.
                    .requestMatchers(
                        org.springframework.http.HttpMethod.GET,
                        "/ims/case/v1p1/CFDocuments",
                        "/ims/case/v1p1/CFPackages/*")
                    .permitAll()
                    // Open Badges verifiers read the issuer, its keys and a credential's status
                    // without an account; only by GET.
                    .requestMatchers(
                        org.springframework.http.HttpMethod.GET,
                        "/credentials/issuer",
                        "/credentials/jwks.json",
                        "/credentials/status/*")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .httpBasic(b -> b.authenticationEntryPoint(problem))
        // Browsers sign in on Attest's own page and land on their role's home.
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false))
        .logout(l -> l.logoutSuccessUrl("/login?signedout"))
        .addFilterBefore(new BearerTokens(accounts, problem), BasicAuthenticationFilter.class)
        .addFilterAfter(new SessionsStillValid(accounts), SecurityContextHolderFilter.class)
        // Forgery rides on credentials a browser sends by itself: a session cookie, or Basic
        // credentials it remembered after a challenge (so 401s never challenge for Basic). An API
        // request that carries a bearer token or Basic credentials of its own, or no session at
        // all, is not open to it; the login form and session requests need the CSRF token.
        .csrf(c -> c.ignoringRequestMatchers(SecurityConfiguration::ownCredentials))
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(problem, API)
                    .defaultAccessDeniedHandlerFor(denied, API)
                    // Pages get the 403 page (a lone API handler would otherwise answer them too).
                    .defaultAccessDeniedHandlerFor(
                        new org.springframework.security.web.access.AccessDeniedHandlerImpl(),
                        request -> !API.matches(request)));
    return http.build();
  }

  private static boolean ownCredentials(jakarta.servlet.http.HttpServletRequest request) {
    if (!API.matches(request)) {
      return false;
    }
    String authorization = request.getHeader("Authorization");
    return request.getRequestedSessionId() == null
        || (authorization != null
            && (authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || authorization.regionMatches(true, 0, "Basic ", 0, 6)));
  }

  private static void unauthorized(
      JsonMapper json, HttpServletResponse response, AuthenticationException e) throws IOException {
    if (e instanceof TooManySignIns wait) {
      long seconds = Math.max(1, wait.retryAfter().toSeconds());
      response.setHeader("Retry-After", Long.toString(seconds));
      write(json, response, 429, "Too many sign-in attempts", e.getMessage(), Map.of());
      return;
    }
    // Basic is accepted but not offered: a browser would ask for it and then send it by itself.
    response.setHeader("WWW-Authenticate", "Bearer realm=\"attest\"");
    String detail =
        e.getMessage() != null && e.getMessage().startsWith("the bearer token")
            ? e.getMessage()
            : "sign in: HTTP Basic with your username and password, or a bearer token from"
                + " POST /api/auth/token";
    write(json, response, 401, "Not signed in", detail, Map.of());
  }

  static void write(
      JsonMapper json,
      HttpServletResponse response,
      int status,
      String title,
      String detail,
      Map<String, Object> more)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.putAll(more);
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response
        .getOutputStream()
        .write(json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
  }
}
