package uk.attest.application;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;
import uk.attest.assessment.BundleException;
import uk.attest.evidence.FileInspector.RefusedFile;
import uk.attest.evidence.UnknownCriteriaException;
import uk.attest.evidence.WillNotCountException;
import uk.attest.shared.ConflictException;
import uk.attest.shared.InvalidInputException;
import uk.attest.shared.JsonPaths;
import uk.attest.shared.NotFoundException;
import uk.attest.shared.TooManyRequests;

/**
 * API errors as RFC 9457 problem details that say what was wrong and where (the field). Ordered
 * before Spring's own problem-details advice, so these answers carry the "errors" list. Pages get
 * error pages instead (PageErrors).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice {
  record Error(String field, String message) {}

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(ProblemAdvice.class);
  private final UploadLimits limits;

  ProblemAdvice(UploadLimits limits) {
    this.limits = limits;
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

  /** A bundle's problems as {field, message}; text that is not JSON at all is a 400. */
  @ExceptionHandler(BundleException.class)
  ProblemDetail invalidBundle(BundleException e) {
    boolean notJson = e.problems().size() == 1 && e.problems().get(0).startsWith("not JSON");
    ProblemDetail problem =
        problem(
            notJson ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT,
            "Invalid evidence bundle",
            notJson ? e.problems().get(0) : "The evidence bundle is not valid.");
    problem.setProperty(
        "errors",
        e.problems().stream()
            .map(
                text -> {
                  int colon = text.indexOf(": ");
                  return colon < 0 || notJson
                      ? new Error("body", text)
                      : new Error(
                          text.substring(0, colon).replaceAll(" \\([^)]*\\)", ""),
                          text.substring(colon + 2));
                })
            .toList());
    return problem;
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    problem.setProperty(
        "errors", e.errors().stream().map(x -> new Error(x.field(), x.message())).toList());
    return problem;
  }

  @ExceptionHandler(UnknownCriteriaException.class)
  ProblemDetail unknownCriteria(UnknownCriteriaException e) {
    ProblemDetail problem =
        problem(HttpStatus.UNPROCESSABLE_CONTENT, "Unknown criteria", e.getMessage());
    problem.setProperty("unknownCriteria", e.unknown());
    problem.setProperty("errors", List.of(new Error("criteria", e.getMessage())));
    return problem;
  }

  /** One reason an acceptance would not count: the criterion, the check, the rule and why. */
  record WillNotCount(String criterion, String aspect, String rule, String reason) {}

  /**
   * An acceptance that would not count, refused until the assessor confirms it: each criterion and
   * reason, in "errors" under the field that would change it and in "willNotCount" as data.
   */
  @ExceptionHandler(WillNotCountException.class)
  ProblemDetail willNotCount(WillNotCountException e) {
    ProblemDetail problem =
        problem(HttpStatus.UNPROCESSABLE_CONTENT, "Would not count", e.getMessage());
    problem.setProperty(
        "errors",
        e.concerns().stream()
            .map(
                c ->
                    new Error(c.field(), c.criterion() + ": " + c.reason() + " (" + c.rule() + ")"))
            .toList());
    problem.setProperty(
        "willNotCount",
        e.concerns().stream()
            .map(c -> new WillNotCount(c.criterion(), c.aspect(), c.rule(), c.reason()))
            .toList());
    return problem;
  }

  @ExceptionHandler(RefusedFile.class)
  ProblemDetail refusedFile(RefusedFile e) {
    ProblemDetail problem =
        e.tooLarge()
            ? problem(HttpStatus.CONTENT_TOO_LARGE, "File too large", e.getMessage())
            : problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "File refused", e.getMessage());
    int colon = e.getMessage().indexOf(": ");
    problem.setProperty(
        "errors",
        List.of(
            new Error(e.getMessage().substring(0, colon), e.getMessage().substring(colon + 2))));
    return problem;
  }

  /** An upload over a multipart limit, naming the part and the limit it went over. */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    UploadLimits.Exceeded exceeded = limits.of(e);
    ProblemDetail problem =
        problem(HttpStatus.CONTENT_TOO_LARGE, "Upload too large", exceeded.detail());
    problem.setProperty("errors", List.of(new Error(exceeded.field(), exceeded.message())));
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(uk.attest.shared.Forbidden.class)
  ProblemDetail forbidden(uk.attest.shared.Forbidden e) {
    return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
  }

  /** Past a rate limit: 429, with when to try again. */
  @ExceptionHandler(TooManyRequests.class)
  ResponseEntity<ProblemDetail> tooMany(TooManyRequests e) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header("Retry-After", Long.toString(e.retryAfterSeconds()))
        .body(problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", e.getMessage()));
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
  }

  /** Two requests raced to create the same thing: the loser is told, as for any conflict. */
  @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
  ProblemDetail duplicate(org.springframework.dao.DuplicateKeyException e) {
    return problem(
        HttpStatus.CONFLICT,
        "Conflict",
        "that record already exists (another request created it first)");
  }

  /**
   * Spring MVC's own refusals inside an API operation (a body or answer type it does not take, a
   * missing parameter …) keep their status and headers, as problem details in words that say what
   * to send instead; without this they went on to the servlet's error page.
   */
  @ExceptionHandler({
    org.springframework.web.HttpMediaTypeNotSupportedException.class,
    org.springframework.web.HttpMediaTypeNotAcceptableException.class,
    org.springframework.web.HttpRequestMethodNotSupportedException.class,
    org.springframework.web.bind.ServletRequestBindingException.class,
    org.springframework.web.servlet.NoHandlerFoundException.class,
    org.springframework.web.servlet.resource.NoResourceFoundException.class,
    org.springframework.web.context.request.async.AsyncRequestTimeoutException.class,
    org.springframework.web.ErrorResponseException.class
  })
  org.springframework.http.ResponseEntity<ProblemDetail> refused(
      Exception e, jakarta.servlet.http.HttpServletRequest request) {
    return refusal((org.springframework.web.ErrorResponse) e, request);
  }

  /** A refusal of Spring MVC's as problem details, in Attest's words where Spring's mislead. */
  static org.springframework.http.ResponseEntity<ProblemDetail> refusal(
      org.springframework.web.ErrorResponse e, jakarta.servlet.http.HttpServletRequest request) {
    ProblemDetail body = e.getBody();
    if (e instanceof org.springframework.web.servlet.resource.NoResourceFoundException
        || e instanceof org.springframework.web.servlet.NoHandlerFoundException) {
      body.setTitle("Not found");
      body.setDetail(
          "there is no "
              + request.getMethod()
              + " "
              + request.getRequestURI()
              + "; the API's operations are listed at /v3/api-docs");
    } else if (e instanceof org.springframework.web.HttpMediaTypeNotSupportedException m) {
      body.setDetail(
          "a body of type "
              + (m.getContentType() == null ? "(none given)" : m.getContentType())
              + " is not taken here; send "
              + join(m.getSupportedMediaTypes()));
    } else if (e instanceof org.springframework.web.HttpMediaTypeNotAcceptableException m) {
      body.setDetail(
          "this answers only as "
              + join(m.getSupportedMediaTypes())
              + "; ask for that in the Accept header (or leave it out)");
    }
    return org.springframework.http.ResponseEntity.status(e.getStatusCode())
        .headers(e.getHeaders())
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }

  private static String join(List<org.springframework.http.MediaType> types) {
    return String.join(
        " or ",
        types.stream()
            .map(t -> t.removeQualityValue().toString())
            .filter(t -> !t.contains("*"))
            .distinct()
            .toList());
  }

  /** Anything unexpected: logged in full here, answered without internals. */
  @ExceptionHandler(Exception.class)
  Object unexpected(Exception e) throws Exception {
    if (e instanceof org.springframework.web.ErrorResponse) {
      throw e; // Spring's own (405, 406, 415 …) keep their problem details
    }
    if (DatabaseOutage.causedBy(e)) {
      LOG.warn("Database unavailable: {}", e.getMessage());
      return org.springframework.http.ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header("Retry-After", DatabaseOutage.RETRY_AFTER)
          .body(DatabaseOutage.problem());
    }
    LOG.error("Unexpected error", e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Internal error",
        "Something went wrong; nothing of this request was stored.");
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    String field =
        e.getCause() instanceof JacksonException j ? JsonPaths.of(j).replaceFirst("^\\.", "") : "";
    String message =
        e.getCause() instanceof JacksonException j
            ? JsonPaths.describe(j)
            : "the request body is missing or not JSON";
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            "Invalid request",
            (field.isEmpty() ? "" : field + ": ") + message);
    problem.setProperty("errors", List.of(new Error(field.isEmpty() ? "body" : field, message)));
    return problem;
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ProblemDetail missingPart(MissingServletRequestPartException e) {
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            "Invalid request",
            "the multipart part '" + e.getRequestPartName() + "' is missing");
    problem.setProperty("errors", List.of(new Error(e.getRequestPartName(), "is required")));
    return problem;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            "Invalid request",
            e.getName() + ": '" + e.getValue() + "' is not valid");
    problem.setProperty(
        "errors", List.of(new Error(e.getName(), "'" + e.getValue() + "' is not valid")));
    return problem;
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  ProblemDetail missingHeader(MissingRequestHeaderException e) {
    return problem(
        HttpStatus.BAD_REQUEST, "Invalid request", "header " + e.getHeaderName() + " is required");
  }
}
