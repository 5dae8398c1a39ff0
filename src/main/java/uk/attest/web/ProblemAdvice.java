package uk.attest.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;
import uk.attest.evidence.BundleException;
import uk.attest.people.ConflictException;
import uk.attest.people.InvalidInputException;
import uk.attest.people.NotFoundException;
import uk.attest.records.FileInspector.RefusedFile;
import uk.attest.records.UnknownCriteriaException;

/**
 * Errors as RFC 9457 problem details that say what was wrong and where (the field). Ordered before
 * Spring's own problem-details advice, so these answers carry the "errors" list.
 */
@RestControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice {
  record Error(String field, String message) {}

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

  @ExceptionHandler(BundleException.class)
  ProblemDetail invalidBundle(BundleException e) {
    ProblemDetail problem =
        problem(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "Invalid evidence bundle",
            "The evidence bundle is not valid.");
    problem.setProperty("errors", e.problems());
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

  @ExceptionHandler(RefusedFile.class)
  ProblemDetail refusedFile(RefusedFile e) {
    return e.tooLarge()
        ? problem(HttpStatus.CONTENT_TOO_LARGE, "File too large", e.getMessage())
        : problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "File refused", e.getMessage());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    return problem(
        HttpStatus.CONTENT_TOO_LARGE,
        "Upload too large",
        "The upload is larger than the service accepts ("
            + e.getMaxUploadSize()
            + " bytes at most); nothing was stored.");
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(uk.attest.web.NotFoundException.class)
  ProblemDetail catalogueNotFound(uk.attest.web.NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    String field =
        e.getCause() instanceof JacksonException j ? JsonPaths.of(j).replaceFirst("^\\.", "") : "";
    String message =
        e.getCause() instanceof JacksonException j
            ? j.getOriginalMessage()
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
