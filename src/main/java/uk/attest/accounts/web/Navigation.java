package uk.attest.accounts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.attest.shared.Actor;
import uk.attest.shared.Role;

/**
 * Who is signed in, for every page (the layout asks, error pages included): their name, their roles
 * in words, and the places each role works from. What a link leads to is still decided by the
 * services behind it.
 */
@Component("navigation")
public class Navigation {
  /** A menu link; current when the page is at or under it. */
  public record Link(String label, String href, boolean current) {}

  /** The signed-in person as every page shows them. */
  public record Me(String name, String roles, List<Link> links) {}

  /** The signed-in person for the page being rendered, or null when nobody is signed in. */
  public Me me() {
    String path =
        RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes r
            ? r.getRequest().getRequestURI()
            : "";
    return CurrentActor.signedIn().map(a -> me(a, path)).orElse(null);
  }

  static Me me(Actor actor, String path) {
    List<Link> links = new ArrayList<>();
    for (String[] place : places(actor)) {
      links.add(
          new Link(place[0], place[1], path.equals(place[1]) || path.startsWith(place[1] + "/")));
    }
    links.add(new Link("Password", "/account/password", path.equals("/account/password")));
    return new Me(actor.name(), roles(actor), links);
  }

  /** The home of each role the account holds, in the order a person would look for them. */
  static List<String[]> places(Actor a) {
    List<String[]> places = new ArrayList<>();
    if (a.has(Role.ASSESSOR)) {
      places.add(new String[] {"Caseload", "/caseload"});
      places.add(new String[] {"Marking queue", "/queue"});
    }
    if (a.has(Role.LEARNER) && a.learnerId() != null) {
      places.add(new String[] {"My progress", "/learners/" + a.learnerId()});
      places.add(new String[] {"Add evidence", "/learners/" + a.learnerId() + "/evidence/new"});
    }
    if (a.has(Role.IQA)) {
      places.add(new String[] {"Quality assurance", "/iqa"});
      places.add(new String[] {"Sampling plan", "/iqa/plan"});
    }
    if (a.has(Role.AWARDING_BODY)) {
      places.add(new String[] {"Centres", "/centres"});
      places.add(new String[] {"Audit trail", "/audit"});
    }
    if (a.has(Role.ADMIN)) {
      places.add(new String[] {"Administration", "/admin"});
    }
    return places;
  }

  /** "assessor, IQA": each role in words. */
  static String roles(Actor a) {
    return String.join(
        ", ",
        a.roles().stream()
            .sorted()
            .map(
                r ->
                    switch (r) {
                      case IQA -> "IQA";
                      case AWARDING_BODY -> "awarding body";
                      case PLATFORM -> "learning platform";
                      default -> r.name().toLowerCase(Locale.ROOT);
                    })
            .toList());
  }
}
