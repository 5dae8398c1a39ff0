package uk.attest.application;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import uk.attest.shared.Forbidden;
import uk.attest.shared.NotFoundException;

/**
 * Errors on pages are pages, with a way back; the API keeps its problem details. ProblemAdvice
 * answers for the API's controllers first; this answers everything else: page controllers, and
 * requests no controller took (an unknown path), by path. Another person's record is "not found",
 * the same as one that does not exist.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageErrors {
  private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);
  private final ProblemAdvice problems;

  PageErrors(ProblemAdvice problems) {
    this.problems = problems;
  }

  @ExceptionHandler(Exception.class)
  Object error(Exception e, HttpServletRequest request, HttpServletResponse response)
      throws Exception {
    if (request.getRequestURI().startsWith("/api/")) {
      // A multipart request over the limit fails before any controller is chosen, so the API's
      // own advice never sees it; answer with its problem, which names the limit.
      if (e instanceof MaxUploadSizeExceededException tooLarge) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
            .body(problems.tooLarge(tooLarge));
      }
      if (e instanceof ErrorResponse problem) {
        return ProblemAdvice.refusal(problem, request);
      }
      throw e;
    }
    if (DatabaseOutage.causedBy(e)) {
      LOG.warn("Database unavailable on {}: {}", request.getRequestURI(), e.getMessage());
      response.setHeader("Retry-After", DatabaseOutage.RETRY_AFTER);
      return ErrorPages.page(
          HttpStatus.SERVICE_UNAVAILABLE, Map.of("status", 503, "path", request.getRequestURI()));
    }
    HttpStatusCode status =
        e instanceof NotFoundException
            ? HttpStatus.NOT_FOUND
            : e instanceof Forbidden
                ? HttpStatus.FORBIDDEN
                : e instanceof ErrorResponse r
                    ? r.getStatusCode()
                    : HttpStatus.INTERNAL_SERVER_ERROR;
    if (status.is5xxServerError()) {
      LOG.error("Unexpected error on {}", request.getRequestURI(), e);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("status", status.value());
    model.put("path", request.getRequestURI());
    if (e instanceof Forbidden) {
      model.put("reason", e.getMessage());
    }
    if (e instanceof MaxUploadSizeExceededException tooLarge) {
      model.put("reason", problems.tooLarge(tooLarge).getDetail());
    }
    return ErrorPages.page(status, model);
  }
}
