package uk.attest.application;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Where the servlet container sends errors no controller answered (the security firewall's
 * refusals, a failure in a filter): on the API, problem details; on pages, the error page. Spring
 * Boot's own error controller answered the API with a JSON of its own shape.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorEndpoint implements ErrorController {
  private final ErrorAttributes attributes;

  ErrorEndpoint(ErrorAttributes attributes) {
    this.attributes = attributes;
  }

  @RequestMapping
  Object error(HttpServletRequest request) {
    HttpStatus status = status(request);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri != null && uri.toString().startsWith("/api/")) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status, request));
      problem.setTitle(status.getReasonPhrase());
      return ResponseEntity.status(status)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    Map<String, Object> model =
        attributes.getErrorAttributes(
            new ServletWebRequest(request), ErrorAttributeOptions.defaults());
    return ErrorPages.page(status, model);
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer i ? HttpStatus.resolve(i) : HttpStatus.INTERNAL_SERVER_ERROR;
    return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
  }

  /** What went wrong in words: the refusal's own for a 4xx, nothing internal for a 5xx. */
  private static String detail(HttpStatus status, HttpServletRequest request) {
    if (status.is5xxServerError()) {
      return "Something went wrong; nothing of this request was stored.";
    }
    Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    String why =
        error instanceof Throwable t && t.getMessage() != null
            ? t.getMessage()
            : message == null || message.toString().isBlank() ? null : message.toString();
    return switch (status) {
      case NOT_FOUND ->
          "there is no "
              + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
              + "; the API's operations are listed at /v3/api-docs";
      case BAD_REQUEST ->
          "the request was refused" + (why == null ? "" : ": " + why) + "; nothing was stored.";
      default -> why == null ? status.getReasonPhrase() : why;
    };
  }
}
