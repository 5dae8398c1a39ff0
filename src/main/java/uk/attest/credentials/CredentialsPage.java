package uk.attest.credentials;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.attest.learners.PeopleService;
import uk.attest.shared.Actor;

/** A learner's Open Badges credentials as download links, for whoever reads their records. */
@Controller
class CredentialsPage {
  private final Credentials credentials;
  private final PeopleService people;

  CredentialsPage(Credentials credentials, PeopleService people) {
    this.credentials = credentials;
    this.people = people;
  }

  @GetMapping("/learners/{id}/credentials")
  String credentials(Actor actor, @PathVariable String id, Model model) {
    model.addAttribute("learner", people.learnerForRecords(actor, id));
    // Maps, not the package's own records: the template reads them from outside the package.
    model.addAttribute(
        "credentials",
        credentials.list(actor, id).stream()
            .map(
                c ->
                    java.util.Map.of(
                        "name",
                        switch (c.achievementType()) {
                              case "Certificate" -> "Qualification: ";
                              case "Competency" -> "Competency: ";
                              default -> "Unit: ";
                            }
                            + c.achievementName(),
                        "href",
                        "/api/learners/" + id + "/credentials/" + c.id() + ".jwt",
                        "revoked",
                        c.revoked(),
                        "reason",
                        c.revoked() ? c.revokedReason() : ""))
            .toList());
    return "credentials/learner";
  }
}
