package uk.attest.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.attest.shared.Actor;
import uk.attest.shared.InvalidInputException;

/**
 * Changing one's own password. A change ends every session and token of the account, this one
 * included, so the person signs in again with the new password.
 */
@Controller
class PasswordPage {
  private final ThrottledPasswordChange passwordChange;

  PasswordPage(ThrottledPasswordChange passwordChange) {
    this.passwordChange = passwordChange;
  }

  @GetMapping("/account/password")
  String form() {
    return "accounts/password";
  }

  @PostMapping("/account/password")
  String change(
      Actor actor,
      @RequestParam(defaultValue = "") String currentPassword,
      @RequestParam(defaultValue = "") String newPassword,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    try {
      passwordChange.change(actor, currentPassword, newPassword, request);
    } catch (ThrottledPasswordChange.TooManyGuesses e) {
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
      model.addAttribute(
          "errors",
          java.util.Map.of(
              "currentPassword",
              "Too many wrong passwords or failed sign-ins: try again in "
                  + e.retryAfterSeconds()
                  + " seconds"));
      return "accounts/password";
    } catch (InvalidInputException e) {
      model.addAttribute(
          "errors",
          e.sentences(
              java.util.Map.of(
                  "currentPassword", "Current password", "newPassword", "New password")));
      return "accounts/password";
    }
    new SecurityContextLogoutHandler().logout(request, response, null);
    return "redirect:/login?changed";
  }
}
