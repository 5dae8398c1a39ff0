package uk.attest.application;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the database cannot be reached, every request is answered at once with 503 and a
 * Retry-After, never a 500 or a hang: the pool gives up waiting for a connection after a few
 * seconds (spring.datasource.hikari.connection-timeout), and the pool recovers by itself when the
 * database is back. Controllers' errors reach this through the problem and page advice; this
 * filter, first in line, catches what fails before any controller, such as a bearer token or
 * session check.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutage extends OncePerRequestFilter {
  /** Seconds a client should wait before trying again. */
  static final String RETRY_AFTER = "5";

  static final String DETAIL =
      "The service cannot reach its database just now; nothing of this request was stored."
          + " Try again in a few seconds.";

  /** True when the failure is that the database cannot be reached (not a fault of the request). */
  static boolean causedBy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CannotGetJdbcConnectionException
          || t instanceof CannotCreateTransactionException
          || t instanceof DataAccessResourceFailureException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      // A failed rollback hides the failure that caused it: look at that one too.
      if (t instanceof TransactionSystemException rollback
          && rollback.getApplicationException() != null
          && causedBy(rollback.getApplicationException())) {
        return true;
      }
      // SQLSTATE class 08 is "connection exception"; 57P01..57P03: the server is shutting down.
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
        return true;
      }
    }
    return false;
  }

  static ProblemDetail problem() {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DETAIL);
    problem.setTitle("Service unavailable");
    return problem;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (RuntimeException | ServletException e) {
      if (!causedBy(e) || response.isCommitted()) {
        throw e;
      }
      logger.warn("Database unavailable on " + request.getRequestURI() + ": " + e.getMessage());
      response.resetBuffer();
      response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
      response.setHeader("Retry-After", RETRY_AFTER);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
        response.setContentType("application/problem+json");
        response
            .getWriter()
            .write(
                "{\"type\":\"about:blank\",\"title\":\"Service unavailable\",\"status\":503,"
                    + "\"detail\":\""
                    + DETAIL
                    + "\",\"instance\":\""
                    + request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"")
                    + "\"}");
      } else {
        response.setContentType("text/html");
        response
            .getWriter()
            .write(
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta"
                    + " name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                    + "Sorry, the service is unavailable – Attest</title><link rel=\"stylesheet\""
                    + " href=\""
                    + request.getContextPath()
                    + "/assets/attest.css\"></head><body><div class=\"govuk-width-container\">"
                    + "<main class=\"govuk-main-wrapper\"><h1 class=\"govuk-heading-l\">Sorry, the"
                    + " service is unavailable</h1><p class=\"govuk-body\">"
                    + DETAIL
                    + "</p><p class=\"govuk-body\"><a class=\"govuk-link\" href=\"\">Try"
                    + " again</a></p></main></div></body></html>");
      }
    }
  }
}
