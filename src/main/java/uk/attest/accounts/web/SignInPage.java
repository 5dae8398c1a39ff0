package uk.attest.accounts.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.attest.accounts.Account;
import uk.attest.accounts.Accounts;

/**
 * The sign-in page: the product's name, the form, why the last try failed, and while demo data is
 * on the demo accounts to try (their password is published).
 */
@Controller
class SignInPage {
  /** A demo account as the sign-in page lists it. */
  record DemoAccount(String username, String name, String role) {}

  private final Accounts accounts;
  private final boolean demoData;
  private final String demoPassword;

  SignInPage(
      Accounts accounts,
      @Value("${attest.demo-data.enabled:false}") boolean demoData,
      @Value("${attest.demo-data.password:}") String demoPassword) {
    this.accounts = accounts;
    this.demoData = demoData;
    this.demoPassword = demoPassword;
  }

  @GetMapping("/login")
  String signIn(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String signedout,
      HttpSession session,
      Model model) {
    if (error != null) {
      Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
      model.addAttribute(
          "problem",
          failure instanceof TooManySignIns wait
              ? wait.getMessage().substring(0, 1).toUpperCase() + wait.getMessage().substring(1)
              : failure instanceof AuthenticationException
                  ? "The username or password is not right, or the account is disabled."
                  : "Sign in failed. Try again.");
    }
    model.addAttribute("signedOut", signedout != null);
    List<DemoAccount> demo =
        demoData
            ? accounts.demoAccounts().stream()
                .map(a -> new DemoAccount(a.username(), a.displayName(), role(a)))
                .toList()
            : List.of();
    model.addAttribute("demoAccounts", demo);
    model.addAttribute("demoPassword", demoPassword);
    return "accounts/sign-in";
  }

  private static String role(Account a) {
    return a.roles().stream()
        .sorted()
        .map(
            r ->
                switch (r) {
                  case LEARNER -> "Learner";
                  case ASSESSOR -> "Assessor";
                  case IQA -> "Internal quality assurer";
                  case AWARDING_BODY -> "Awarding body";
                  case ADMIN -> "Administrator";
                  case PLATFORM -> "Learning platform (API only)";
                })
        .findFirst()
        .orElse("");
  }
}
