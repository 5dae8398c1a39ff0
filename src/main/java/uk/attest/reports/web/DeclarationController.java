package uk.attest.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.attest.accounts.StepUp;
import uk.attest.reports.DeclarationSignature;
import uk.attest.reports.SignedDeclarations;
import uk.attest.shared.Actor;

/** The declarations on a learner's portfolio, and signing one with a password step-up. */
@Tag(
    name = "Portfolios and exports",
    description = "A learner's portfolio as PDF or Excel, and a centre's awarding-body export.")
@RestController
class DeclarationController {
  private final SignedDeclarations declarations;

  DeclarationController(SignedDeclarations declarations) {
    this.declarations = declarations;
  }

  @Operation(summary = "A learner's declarations: their words, who signed them and when")
  @GetMapping("/api/learners/{id}/declarations")
  List<SignedDeclarations.Declaration> declarations(Actor actor, @PathVariable String id) {
    return declarations.declarations(actor, id);
  }

  /**
   * The signed-in person signs their declaration (LEARNER, ASSESSOR or IQA) after entering their
   * password again; it covers the learner's newest assessment record.
   */
  @Operation(summary = "Sign a declaration on a learner's portfolio (password step-up)")
  @ApiResponse(responseCode = "201", description = "Signed")
  @PostMapping("/api/learners/{id}/declarations/{role}/sign")
  ResponseEntity<DeclarationSignature> sign(
      Actor actor,
      @PathVariable String id,
      @PathVariable String role,
      @RequestBody SignedDeclarations.SignRequest request,
      HttpServletRequest http) {
    return ResponseEntity.created(URI.create("/api/learners/" + id + "/declarations"))
        .body(declarations.sign(actor, id, role, request, http.getRemoteAddr()));
  }

  /** 429 with Retry-After, as a sign-in over the limit gets. */
  @ExceptionHandler(StepUp.TooManyAttempts.class)
  ResponseEntity<ProblemDetail> tooManyAttempts(StepUp.TooManyAttempts e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
    problem.setTitle("Too many sign-in attempts");
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header("Retry-After", Long.toString(e.retryAfterSeconds()))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
