package uk.attest.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.audit.AuditEntry;

/**
 * An audit entry as a sentence a person reads: "Gwenllïan Hughes accepted 'Quarterly margin bridge'
 * at Advanced for ATTECL03.P1". The entry keeps ids and JSON, as an auditor needs them; the
 * sentence puts names and titles in their place. An action this does not know yet still reads as a
 * plain line.
 */
public final class AuditSentences {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private AuditSentences() {}

  /**
   * What the sentences need that the entries name only by id.
   *
   * @param titles evidence ids and their titles
   * @param names learner, assessor, centre and awarding-body ids and their names
   * @param qualifications qualification ids and their titles
   */
  public record Context(
      Map<String, String> titles, Map<String, String> names, Map<String, String> qualifications) {
    public static Context none() {
      return new Context(Map.of(), Map.of(), Map.of());
    }
  }

  public static String of(AuditEntry e, Context c) {
    String who = who(e.actor());
    JsonNode before = json(e.before());
    JsonNode after = json(e.after());
    String subjectId =
        e.subject() == null ? "" : e.subject().substring(e.subject().indexOf(' ') + 1);
    String evidence =
        quoted(c.titles().getOrDefault(subjectId, after.path("title").asString(subjectId)));
    return switch (e.action()) {
      case "evidence.uploaded" ->
          who
              + " uploaded "
              + evidence
              + files(after.path("files").size())
              + claiming(list(after.path("criteria")));
      case "evidence.received" ->
          "The learning platform sent "
              + evidence
              + kind(after.path("kind").asString(""))
              + claiming(list(after.path("criteria")));
      case "evidence.claimed" -> {
        List<String> added = list(after.path("criteria"));
        added.removeAll(list(before.path("criteria")));
        yield who + " claimed " + evidence + " against " + and(added);
      }
      case "evidence.unclaimed" -> {
        List<String> removed = list(before.path("criteria"));
        removed.removeAll(list(after.path("criteria")));
        yield who + " withdrew the claim of " + evidence + " against " + and(removed);
      }
      case "judgement.recorded" -> {
        boolean accepted = "ACCEPTED".equals(after.path("verdict").asString(""));
        String proficiency = after.path("proficiency").asString("");
        yield who
            + (accepted ? " accepted " : " referred back ")
            + evidence
            + (accepted && !proficiency.isEmpty() ? " at " + proficiency : "")
            + (after.path("criteria").isEmpty() ? "" : " for " + and(list(after.path("criteria"))))
            + (e.before() == null ? "" : ", replacing an earlier judgement");
      }
      case "evidence.withdrawn" ->
          who
              + " withdrew "
              + evidence
              + ": "
              + after.path("reason").asString("")
              + " (it stays on record and no longer counts)";
      case "evidence.files-replaced" ->
          who
              + " replaced the files of "
              + evidence
              + " with version "
              + after.path("version").asInt()
              + files(after.path("files").size())
              + ", keeping version "
              + before.path("version").asInt()
              + comment(after.path("reason").asString(""));
      case "learner.reassigned" ->
          who
              + " moved "
              + name(c, e.learnerId(), "the learner")
              + " from "
              + (before.path("assessorId").isString()
                  ? name(c, before.path("assessorId").asString(), "an assessor")
                  : "no assessor")
              + " to "
              + name(c, after.path("assessorId").asString(""), "another assessor")
              + comment(after.path("reason").asString(""));
      case "iqa.sampled" ->
          who
              + " sampled the judgement of "
              + evidence
              + ": "
              + ("AGREED".equals(after.path("outcome").asString("")) ? "agreed" : "action required")
              + comment(after.path("comment").asString(""));
      case "judgement.countersigned" ->
          who + " countersigned the trainee assessor's acceptance of " + evidence;
      case "declaration.signed" ->
          who
              + " signed the "
              + switch (after.path("role").asString("")) {
                case "LEARNER" -> "learner's";
                case "ASSESSOR" -> "assessor's";
                case "IQA" -> "IQA's";
                default -> "";
              }
              + " declaration on the portfolio";
      case "learner.created" ->
          who + " enrolled " + after.path("name").asString("a learner") + centre(after, c);
      case "registration.created" ->
          who
              + " registered "
              + name(c, e.learnerId(), "the learner")
              + " on "
              + c.qualifications()
                  .getOrDefault(
                      after.path("qualificationId").asString(""),
                      after.path("qualificationId").asString("a qualification"))
              + (after.path("assessorId").isString()
                  ? ", assessed by " + name(c, after.path("assessorId").asString(), "an assessor")
                  : "")
              + (after.path("startDate").isString()
                  ? ", from " + after.path("startDate").asString()
                  : "");
      case "assessor.created" ->
          who
              + " added "
              + (after.path("qualified").asBoolean(true) ? "assessor " : "trainee assessor ")
              + after.path("name").asString("")
              + centre(after, c);
      case "centre.created" -> who + " created the centre " + after.path("name").asString("");
      case "awarding-body.created" ->
          who + " added the awarding body " + after.path("name").asString("");
      case "centre.approved" ->
          who
              + " registered "
              + name(c, subjectId, "the centre")
              + " with "
              + name(c, after.path("awardingBodyId").asString(""), "an awarding body");
      case "account.created" ->
          who
              + " created the account "
              + after.path("username").asString("")
              + " for "
              + after.path("displayName").asString("someone");
      case "account.changed" ->
          who
              + (after.path("password").isString()
                  ? " set a new password for the account "
                  : after.path("enabled").asBoolean(true)
                      ? " turned on the account "
                      : " turned off the account ")
              + after.path("username").asString("");
      case "account.password-changed" -> who + " changed their password";
      case "export.created" ->
          who
              + " exported "
              + after.path("learners").size()
              + (after.path("learners").size() == 1 ? " learner" : " learners")
              + " of "
              + name(c, subjectId, "a centre")
              + " on "
              + c.qualifications()
                  .getOrDefault(
                      after.path("qualificationId").asString(""),
                      after.path("qualificationId").asString("a qualification"));
      default -> who + ": " + e.action() + " " + (e.subject() == null ? "" : e.subject());
    };
  }

  /** "Gwenllïan Hughes (assessor.demo; ASSESSOR)" reads as her name; the system as what ran. */
  public static String who(String actor) {
    if (actor == null || actor.isBlank()) {
      return "Someone";
    }
    if (actor.startsWith("system (") && actor.endsWith(")")) {
      String what = actor.substring("system (".length(), actor.length() - 1);
      return what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1);
    }
    int bracket = actor.lastIndexOf(" (");
    return bracket > 0 ? actor.substring(0, bracket) : actor;
  }

  private static JsonNode json(String text) {
    if (text == null || text.isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(text);
    } catch (RuntimeException e) {
      return JSON.createObjectNode();
    }
  }

  private static List<String> list(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  private static String and(List<String> items) {
    if (items.isEmpty()) {
      return "no criteria";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  private static String claiming(List<String> criteria) {
    return criteria.isEmpty() ? "" : " claiming " + and(criteria);
  }

  private static String files(int count) {
    return count == 0 ? "" : count == 1 ? " (1 file)" : " (" + count + " files)";
  }

  private static String kind(String kind) {
    return kind.isEmpty() ? "" : " (" + kind.toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
  }

  private static String comment(String comment) {
    return comment.isBlank() ? "" : " (\"" + comment + "\")";
  }

  private static String quoted(String title) {
    return "'" + title + "'";
  }

  private static String name(Context c, String id, String otherwise) {
    return id == null || id.isBlank() ? otherwise : c.names().getOrDefault(id, id);
  }

  private static String centre(JsonNode after, Context c) {
    String centre = after.path("centreId").asString("");
    return centre.isEmpty() ? "" : " at " + c.names().getOrDefault(centre, centre);
  }
}
