package uk.attest.xapi;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import uk.attest.evidence.PlatformIntake.PlatformItem;
import uk.attest.shared.InvalidInputException.FieldError;

/**
 * Reads xAPI statements (1.0.3) into the platform's evidence items. What Attest reads:
 *
 * <ul>
 *   <li>{@code id}: the statement id (a UUID), the item's key, so a statement sent again is stored
 *       once; one is given when absent (then a resend is a new item);
 *   <li>{@code actor}: an Agent identified by {@code account.name}, the learner's id in Attest or
 *       their ULN;
 *   <li>{@code verb}: any but {@code voided} (voiding is not supported);
 *   <li>{@code object}: an Activity; {@code definition.name} is the title, {@code
 *       definition.description} the summary, {@code definition.type} the kind (simulation and
 *       scenario types are practice scenarios, performance types workplace examples, the rest
 *       conversations);
 *   <li>{@code result.response}, or the extension {@value #TRANSCRIPT}: the transcript;
 *   <li>{@code timestamp}: when it happened (its date in Europe/London; today when absent);
 *   <li>context extensions {@value #CRITERIA} (criterion ids; without them the item's criteria are
 *       suggested to the assessor) and {@value #DECLARATION} (true when the learner declared it
 *       their own work).
 * </ul>
 */
final class XapiStatements {
  static final String CRITERIA = "https://attest.uk/xapi/extensions/criteria";
  static final String DECLARATION = "https://attest.uk/xapi/extensions/learner-declaration";
  static final String TRANSCRIPT = "https://attest.uk/xapi/extensions/transcript";
  static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";
  private static final Pattern UUID_FORM =
      Pattern.compile(
          "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
  private static final Pattern ULN = Pattern.compile("^\\d{10}$");

  private XapiStatements() {}

  /** One statement read, with the id it is stored under. */
  record Read(String statementId, PlatformItem item) {}

  static Read read(JsonNode s, String at, ZoneId zone, LocalDate today, List<FieldError> errors) {
    if (s == null || !s.isObject()) {
      errors.add(new FieldError(at, "is not a statement (a JSON object)"));
      return null;
    }
    int before = errors.size();
    String id = text(s, "id");
    if (id == null) {
      id = UUID.randomUUID().toString();
    } else if (!UUID_FORM.matcher(id).matches()) {
      errors.add(new FieldError(at + ".id", "must be a UUID, found '" + cut(id) + "'"));
    }
    JsonNode account = s.path("actor").path("account");
    String name = text(account, "name");
    if (!s.path("actor").isObject()) {
      errors.add(new FieldError(at + ".actor", "is required: the learner, as an Agent"));
    } else if (name == null) {
      errors.add(
          new FieldError(
              at + ".actor.account.name",
              "is required: the learner's id in Attest or their ULN (mbox and openid are not"
                  + " used to find learners)"));
    }
    String verb = text(s.path("verb"), "id");
    if (verb == null) {
      errors.add(new FieldError(at + ".verb.id", "is required (an IRI, e.g. completed)"));
    } else if (verb.equals(VOIDED)) {
      errors.add(new FieldError(at + ".verb.id", "voiding statements is not supported"));
    }
    JsonNode object = s.path("object");
    String objectType = text(object, "objectType");
    if (!object.isObject()) {
      errors.add(new FieldError(at + ".object", "is required: the activity"));
    } else if (objectType != null && !objectType.equals("Activity")) {
      errors.add(
          new FieldError(at + ".object.objectType", "must be Activity, found " + cut(objectType)));
    }
    JsonNode definition = object.path("definition");
    String title = languageMap(definition.path("name"));
    if (object.isObject() && title == null) {
      errors.add(
          new FieldError(
              at + ".object.definition.name",
              "is required: a language map naming the activity, e.g. {\"en-GB\": \"…\"}"));
    }
    LocalDate occurredOn = today;
    String timestamp = text(s, "timestamp");
    if (timestamp != null) {
      try {
        occurredOn = OffsetDateTime.parse(timestamp).atZoneSameInstant(zone).toLocalDate();
      } catch (DateTimeParseException e) {
        errors.add(
            new FieldError(at + ".timestamp", "must be an ISO 8601 timestamp with its offset"));
      }
    }
    JsonNode extensions = s.path("context").path("extensions");
    List<String> criteria = null;
    JsonNode c = extensions.path(CRITERIA);
    if (!c.isMissingNode() && !c.isNull()) {
      if (!c.isArray()) {
        errors.add(
            new FieldError(
                at + ".context.extensions[" + CRITERIA + "]", "must be an array of criterion ids"));
      } else {
        criteria = new ArrayList<>();
        for (JsonNode n : c) {
          criteria.add(n.isString() ? n.asString() : n.toString());
        }
      }
    }
    JsonNode declared = extensions.path(DECLARATION);
    String transcript = text(s.path("result").path("extensions"), TRANSCRIPT);
    if (transcript == null) {
      transcript = text(s.path("result"), "response");
    }
    if (errors.size() > before) {
      return null;
    }
    boolean byUln = ULN.matcher(name).matches();
    return new Read(
        id.toLowerCase(Locale.ROOT),
        new PlatformItem(
            "xapi:" + id.toLowerCase(Locale.ROOT),
            byUln ? null : name,
            byUln ? name : null,
            kind(text(definition, "type")),
            null,
            title,
            languageMap(definition.path("description")),
            transcript,
            occurredOn,
            criteria,
            declared.isBoolean() && declared.asBoolean()));
  }

  /** The kind of item an activity type is recorded as. */
  static String kind(String type) {
    String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
    if (t.contains("simulation") || t.contains("scenario")) {
      return "PRACTICE_SCENARIO";
    }
    if (t.contains("performance") || t.contains("workplace")) {
      return "WORKPLACE_EXAMPLE";
    }
    return "CONVERSATION";
  }

  /** The English value of a language map (en-GB, then en, then any), or null. */
  static String languageMap(JsonNode map) {
    if (!map.isObject() || map.isEmpty()) {
      return null;
    }
    for (String tag : List.of("en-GB", "en", "en-US")) {
      if (map.path(tag).isString()) {
        return map.path(tag).asString();
      }
    }
    for (JsonNode value : map) {
      if (value.isString()) {
        return value.asString();
      }
    }
    return null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isString() && !v.asString().isBlank() ? v.asString() : null;
  }

  private static String cut(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }
}
