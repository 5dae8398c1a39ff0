package uk.attest.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.attest.evidence.BundleException;

/** Errors as RFC 9457 problem details that say what was wrong and where. */
@RestControllerAdvice
class ProblemAdvice {
  @ExceptionHandler(BundleException.class)
  ProblemDetail invalidBundle(BundleException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_CONTENT, "The evidence bundle is not valid.");
    problem.setTitle("Invalid evidence bundle");
    problem.setProperty("errors", e.problems());
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Not found");
    return problem;
  }
}
