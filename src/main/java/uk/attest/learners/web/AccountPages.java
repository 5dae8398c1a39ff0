package uk.attest.learners.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.attest.accounts.Accounts;
import uk.attest.learners.People.Assessor;
import uk.attest.learners.People.Centre;
import uk.attest.learners.People.Learner;
import uk.attest.learners.PeopleService;
import uk.attest.shared.Actor;
import uk.attest.shared.ConflictException;
import uk.attest.shared.InvalidInputException;
import uk.attest.shared.Role;

/**
 * An administrator's page for accounts: who can sign in, with which role, as whom; and turning an
 * account off or giving it a new password. It lives with the people it links accounts to.
 */
@Controller
class AccountPages {
  private static final Map<String, String> LABELS =
      Map.of(
          "username", "Username",
          "displayName", "Name",
          "password", "Password",
          "roles", "Role",
          "learnerId", "Learner",
          "assessorId", "Assessor",
          "centreId", "Centre",
          "awardingBodyId", "Awarding body",
          "enabled", "Account",
          "body", "Change");

  private final Accounts accounts;
  private final PeopleService people;

  AccountPages(Accounts accounts, PeopleService people) {
    this.accounts = accounts;
    this.people = people;
  }

  @GetMapping("/admin/accounts")
  String list(Actor actor, Model model) {
    List<Centre> centres = people.adminCentres(actor);
    List<Learner> learners = new ArrayList<>();
    List<Assessor> assessors = new ArrayList<>();
    for (Centre c : centres) {
      learners.addAll(people.learners(actor, c.id()));
      assessors.addAll(people.assessors(actor, c.id()));
    }
    var bodies = people.awardingBodies(actor);
    model.addAttribute("accounts", accounts.list(actor));
    model.addAttribute("roles", Role.values());
    model.addAttribute("learners", learners);
    model.addAttribute("assessors", assessors);
    model.addAttribute("centres", centres);
    model.addAttribute("bodies", bodies);
    model.addAttribute(
        "names",
        java.util.stream.Stream.of(
                learners.stream().collect(Collectors.toMap(Learner::id, Learner::name)),
                assessors.stream().collect(Collectors.toMap(Assessor::id, Assessor::name)),
                centres.stream().collect(Collectors.toMap(Centre::id, Centre::name)),
                bodies.stream().collect(Collectors.toMap(b -> b.id(), b -> b.name())))
            .flatMap(m -> m.entrySet().stream())
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a)));
    return "learners/admin-accounts";
  }

  @PostMapping("/admin/accounts")
  String create(
      Actor actor,
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String displayName,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String role,
      @RequestParam(defaultValue = "") String learnerId,
      @RequestParam(defaultValue = "") String assessorId,
      @RequestParam(defaultValue = "") String centreId,
      @RequestParam(defaultValue = "") String awardingBodyId,
      Model model,
      RedirectAttributes done) {
    try {
      accounts.create(
          actor,
          new Accounts.NewAccount(
              username,
              displayName,
              password,
              role.isBlank() ? List.of() : List.of(role),
              blank(learnerId),
              blank(assessorId),
              blank(centreId),
              blank(awardingBodyId)));
      done.addFlashAttribute("success", "Account '" + username.strip() + "' created");
      return "redirect:/admin/accounts";
    } catch (InvalidInputException e) {
      model.addAttribute("errors", e.sentences(LABELS));
    } catch (ConflictException e) {
      model.addAttribute("errors", Map.of("username", e.getMessage()));
    }
    return list(actor, model);
  }

  @PostMapping("/admin/accounts/{id}")
  String change(
      Actor actor,
      @PathVariable String id,
      @RequestParam(required = false) Boolean enabled,
      @RequestParam(defaultValue = "") String password,
      Model model,
      RedirectAttributes done) {
    try {
      var account =
          accounts.change(
              actor, id, new Accounts.AccountChange(enabled, password.isBlank() ? null : password));
      done.addFlashAttribute(
          "success",
          "Account '"
              + account.username()
              + "' "
              + (password.isBlank()
                  ? (account.enabled() ? "can sign in again" : "can no longer sign in")
                  : "has a new password; its sessions and tokens have ended"));
      return "redirect:/admin/accounts";
    } catch (InvalidInputException e) {
      model.addAttribute("errors", e.sentences(LABELS));
      return list(actor, model);
    }
  }

  private static String blank(String s) {
    return s.isBlank() ? null : s;
  }
}
