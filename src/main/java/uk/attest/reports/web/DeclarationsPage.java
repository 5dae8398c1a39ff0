package uk.attest.reports.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.attest.accounts.StepUp;
import uk.attest.learners.PeopleService;
import uk.attest.reports.SignedDeclarations;
import uk.attest.shared.Actor;
import uk.attest.shared.InvalidInputException;

/**
 * A learner's declarations: each one's words, who signed it and when (or that nobody has), and a
 * form to sign it with one's password for the person the service lets sign it.
 */
@Controller
class DeclarationsPage {
  private final SignedDeclarations declarations;
  private final PeopleService people;

  DeclarationsPage(SignedDeclarations declarations, PeopleService people) {
    this.declarations = declarations;
    this.people = people;
  }

  @GetMapping("/learners/{id}/declarations")
  String show(Actor actor, @PathVariable String id, Model model) {
    return page(actor, id, null, Map.of(), model);
  }

  @PostMapping("/learners/{id}/declarations/{role}/sign")
  String sign(
      Actor actor,
      @PathVariable String id,
      @PathVariable String role,
      @RequestParam(defaultValue = "") String password,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    try {
      declarations.sign(
          actor,
          id,
          role,
          new SignedDeclarations.SignRequest(password.isEmpty() ? null : password),
          request.getRemoteAddr());
    } catch (StepUp.TooManyAttempts e) {
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
      return page(
          actor,
          id,
          role,
          Map.of(
              "password",
              "Too many wrong passwords or failed sign-ins: try again in "
                  + e.retryAfterSeconds()
                  + " seconds"),
          model);
    } catch (InvalidInputException e) {
      response.setStatus(400);
      return page(actor, id, role, e.sentences(Map.of("password", "Password")), model);
    }
    return "redirect:/learners/" + id + "/declarations?signed=" + role;
  }

  private String page(
      Actor actor, String id, String failedRole, Map<String, String> errors, Model model) {
    model.addAttribute("declarations", declarations.declarations(actor, id));
    model.addAttribute("learner", people.learnerForRecords(actor, id));
    model.addAttribute("failedRole", failedRole);
    model.addAttribute("errors", errors);
    return "reports/declarations";
  }
}
