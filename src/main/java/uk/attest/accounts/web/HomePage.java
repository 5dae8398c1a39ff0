package uk.attest.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import uk.attest.shared.Actor;

/** The front door: each role lands on the page it works from. */
@Controller
class HomePage {
  @GetMapping("/")
  String home(Actor actor) {
    var places = Navigation.places(actor);
    if (places.isEmpty()) {
      return "accounts/no-pages";
    }
    return "redirect:" + places.get(0)[1];
  }
}
