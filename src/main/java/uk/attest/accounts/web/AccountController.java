package uk.attest.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.attest.accounts.Account;
import uk.attest.accounts.Accounts;
import uk.attest.shared.Actor;
import uk.attest.shared.Limits;

/** Accounts (admins manage them), the signed-in account itself, and bearer tokens. */
@Tag(
    name = "Accounts and sign-in",
    description = "Who is signed in, bearer tokens, your own password, and (for admins) accounts.")
@RestController
@RequestMapping("/api")
class AccountController {
  private final Accounts accounts;
  private final ThrottledPasswordChange passwordChange;

  AccountController(Accounts accounts, ThrottledPasswordChange passwordChange) {
    this.accounts = accounts;
    this.passwordChange = passwordChange;
  }

  @Operation(summary = "Create an account (admins)")
  @ApiResponse(responseCode = "201", description = "Created")
  @PostMapping("/accounts")
  ResponseEntity<Account> create(Actor actor, @RequestBody Accounts.NewAccount request) {
    Account a = accounts.create(actor, request);
    return ResponseEntity.created(URI.create("/api/accounts/" + a.id())).body(a);
  }

  @Operation(summary = "List every account (admins)")
  @GetMapping("/accounts")
  List<Account> list(Actor actor) {
    return accounts.list(actor);
  }

  @Operation(summary = "Read one account (admins)")
  @GetMapping("/accounts/{id}")
  Account get(Actor actor, @PathVariable String id) {
    return accounts.get(actor, id);
  }

  /** Enables or disables an account, or sets a new password (its tokens are revoked). */
  @Operation(summary = "Turn an account on or off, or set its password (admins)")
  @PatchMapping("/accounts/{id}")
  Account change(
      Actor actor, @PathVariable String id, @RequestBody Accounts.AccountChange request) {
    return accounts.change(actor, id, request);
  }

  /** Who is signed in: roles and the records the account acts for. */
  @Operation(summary = "Who is signed in: name, roles and the records the account acts for")
  @GetMapping("/me")
  Actor me(Actor actor) {
    return actor;
  }

  record PasswordChange(
      @Schema(maxLength = Limits.PASSWORD) String currentPassword,
      @Schema(maxLength = Limits.PASSWORD) String newPassword) {}

  @Operation(summary = "Change your own password (ends your sessions and tokens)")
  @ApiResponse(responseCode = "204", description = "Done; nothing to return")
  @ApiResponse(
      responseCode = "429",
      description =
          "Too many wrong passwords or failed sign-ins for this account or address; wait for"
              + " Retry-After seconds")
  @PostMapping("/me/password")
  ResponseEntity<Void> changePassword(
      Actor actor, @RequestBody PasswordChange request, HttpServletRequest http) {
    passwordChange.change(actor, request.currentPassword(), request.newPassword(), http);
    return ResponseEntity.noContent().build();
  }

  /** 429 with Retry-After, as a sign-in over the limit gets. */
  @ExceptionHandler(ThrottledPasswordChange.TooManyGuesses.class)
  ResponseEntity<ProblemDetail> tooManyGuesses(ThrottledPasswordChange.TooManyGuesses e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
    problem.setTitle("Too many sign-in attempts");
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header("Retry-After", Long.toString(e.retryAfterSeconds()))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /**
   * A bearer token for the signed-in account (sign in with HTTP Basic to get one). Send it as
   * "Authorization: Bearer …" until it expires; it is shown only here.
   */
  @Operation(summary = "Get a bearer token, signing in with your password")
  @ApiResponse(responseCode = "201", description = "Created")
  @PostMapping("/auth/token")
  ResponseEntity<Accounts.IssuedToken> token(
      Actor actor, @RequestHeader(value = "Authorization", required = false) String authorization) {
    // A token must not make another, or revoking one and its expiry would mean nothing.
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new uk.attest.shared.Forbidden(
          "sign in with your password (HTTP Basic or the login form) for a new token;"
              + " a token does not make another");
    }
    return ResponseEntity.status(201)
        .header("Cache-Control", "no-store")
        .body(accounts.issueToken(actor));
  }

  /** Revokes the bearer token this request carries. */
  @Operation(summary = "Revoke the bearer token this request carries")
  @ApiResponse(responseCode = "204", description = "Done; nothing to return")
  @DeleteMapping("/auth/token")
  ResponseEntity<Void> revoke(
      Actor actor, @RequestHeader(value = "Authorization", required = false) String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new uk.attest.shared.InvalidInputException(
          "Authorization", "send the bearer token to revoke as 'Authorization: Bearer …'");
    }
    accounts.revokeToken(authorization.substring(7).strip());
    return ResponseEntity.noContent().build();
  }
}
