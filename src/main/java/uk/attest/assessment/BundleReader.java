package uk.attest.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.assessment.EvidenceBundle.Decision;
import uk.attest.assessment.EvidenceBundle.EvidenceItem;
import uk.attest.assessment.EvidenceBundle.Learner;
import uk.attest.assessment.EvidenceBundle.Witness;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.Method;
import uk.attest.catalogue.Proficiency;
import uk.attest.shared.JsonPaths;
import uk.attest.shared.Uln;

/**
 * Reads an evidence bundle from JSON and checks it against the catalogue and the assessment date.
 * Every problem is reported at once, named by evidence item and field.
 */
public final class BundleReader {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Catalogue catalogue;
  private final LocalDate assessedOn;
  private final List<String> problems = new ArrayList<>();

  private BundleReader(Catalogue catalogue, LocalDate assessedOn) {
    this.catalogue = catalogue;
    this.assessedOn = assessedOn;
  }

  public static EvidenceBundle read(String json, Catalogue catalogue, LocalDate assessedOn) {
    return new BundleReader(catalogue, assessedOn).read(json);
  }

  private EvidenceBundle read(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new BundleException(List.of("not JSON: " + JsonPaths.parseError(e)));
    }
    if (root == null || !root.isObject()) {
      throw new BundleException(
          List.of("a bundle must be a JSON object with 'learner' and 'evidence'"));
    }
    new Fields("bundle", root).allowOnly("learner", "evidence");
    Learner learner = learner(root.get("learner"));
    List<EvidenceItem> items = new ArrayList<>();
    JsonNode evidence = root.get("evidence");
    if (evidence == null || !evidence.isArray()) {
      problems.add("evidence: missing, or not a list of evidence items");
    } else {
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < evidence.size(); i++) {
        EvidenceItem item = item(evidence.get(i), i, learner);
        if (item != null && !ids.add(item.id())) {
          problems.add("evidence[" + i + "] (" + item.id() + ").id: duplicate evidence id");
        }
        if (item != null) {
          items.add(item);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new BundleException(problems);
    }
    return new EvidenceBundle(learner, items);
  }

  private Learner learner(JsonNode node) {
    if (node == null || !node.isObject()) {
      problems.add("learner: missing, or not an object");
      return null;
    }
    Fields f =
        new Fields("learner", node)
            .allowOnly(
                "id",
                "name",
                "uln",
                "qualification",
                "currentRole",
                "startDate",
                "weeklyLearningHours");
    String id = f.text("id");
    String name = f.text("name");
    JsonNode ulnNode = node.get("uln");
    if (ulnNode != null && ulnNode.isNumber()) {
      problems.add("learner.uln: must be the 10 digits as a JSON string, e.g. \"0000000042\"");
    }
    String ulnText = ulnNode != null && ulnNode.isNumber() ? null : f.text("uln");
    Uln uln = null;
    if (ulnText != null) {
      var problem = Uln.problem(ulnText);
      if (problem.isPresent()) {
        problems.add("learner.uln: " + problem.get());
      } else {
        uln = new Uln(ulnText);
      }
    }
    String qualification = f.text("qualification");
    if (qualification != null && catalogue.qualification(qualification).isEmpty()) {
      problems.add("learner.qualification: unknown qualification '" + qualification + "'");
    }
    String role = f.text("currentRole");
    if (role != null && catalogue.role(role).isEmpty()) {
      problems.add("learner.currentRole: unknown role '" + role + "'");
    }
    LocalDate start = f.date("startDate", true);
    if (start != null && start.isAfter(assessedOn)) {
      problems.add("learner.startDate: " + start + " is after the assessment date " + assessedOn);
    }
    Double weekly = null;
    JsonNode hours = node.get("weeklyLearningHours");
    if (hours != null && !hours.isNull()) {
      if (!hours.isNumber() || hours.asDouble() <= 0) {
        problems.add("learner.weeklyLearningHours: must be a positive number");
      } else {
        weekly = hours.asDouble();
      }
    }
    return new Learner(id, name, uln, qualification, role, start, weekly);
  }

  private EvidenceItem item(JsonNode node, int index, Learner learner) {
    if (node == null || !node.isObject()) {
      problems.add("evidence[" + index + "]: not an object");
      return null;
    }
    JsonNode idNode = node.get("id");
    String label =
        "evidence["
            + index
            + "]"
            + (idNode != null && idNode.isString() ? " (" + idNode.asString() + ")" : "");
    Fields f =
        new Fields(label, node)
            .allowOnly(
                "id",
                "title",
                "description",
                "method",
                "activityDate",
                "criteria",
                "learnerDeclaration",
                "witness",
                "decision");
    int before = problems.size();
    String id = f.text("id");
    String title = f.text("title");
    String description = f.optText("description");
    Method method = null;
    String methodName = f.text("method");
    if (methodName != null) {
      method = Method.parse(methodName).orElse(null);
      if (method == null) {
        problems.add(
            label + ".method: unknown method '" + methodName + "'; methods are " + Method.names());
      }
    }
    LocalDate activity = f.date("activityDate", true);
    if (activity != null && activity.isAfter(assessedOn)) {
      problems.add(
          label + ".activityDate: " + activity + " is after the assessment date " + assessedOn);
    }
    List<String> criteria = new ArrayList<>();
    JsonNode claimed = node.get("criteria");
    if (claimed == null || !claimed.isArray() || claimed.isEmpty()) {
      problems.add(label + ".criteria: missing, or not a non-empty list of criterion ids");
    } else {
      for (JsonNode c : claimed) {
        String cid = c.isString() ? c.asString() : c.toString();
        if (catalogue.criterion(cid).isEmpty()) {
          problems.add(label + ".criteria: unknown criterion '" + cid + "'");
        } else if (!criteria.contains(cid)) {
          criteria.add(cid);
        }
      }
    }
    boolean declaration = f.bool("learnerDeclaration");
    Witness witness = null;
    JsonNode w = node.get("witness");
    if (w != null && !w.isNull()) {
      Fields wf = new Fields(label + ".witness", w).allowOnly("name", "role");
      String wname = wf.text("name");
      witness = wname == null ? null : new Witness(wname, wf.optText("role"));
    }
    Decision decision = null;
    JsonNode d = node.get("decision");
    if (d != null && !d.isNull()) {
      decision =
          decision(
              new Fields(label + ".decision", d)
                  .allowOnly(
                      "outcome",
                      "proficiency",
                      "assessorId",
                      "assessorQualified",
                      "authenticityConfirmed",
                      "decidedOn",
                      "feedback",
                      "countersignedBy"),
              activity);
    }
    return problems.size() > before
        ? null
        : new EvidenceItem(
            id, title, description, method, activity, criteria, declaration, witness, decision);
  }

  private Decision decision(Fields f, LocalDate activity) {
    String outcome = f.text("outcome");
    Verdict verdict = null;
    if (outcome != null) {
      try {
        verdict = Verdict.valueOf(outcome);
      } catch (IllegalArgumentException e) {
        problems.add(f.label + ".outcome: must be ACCEPTED or REFERRED, found '" + outcome + "'");
      }
    }
    Proficiency proficiency = null;
    String level = f.optText("proficiency");
    if (level != null) {
      proficiency = catalogue.policy().proficiency(level).orElse(null);
      if (proficiency == null) {
        problems.add(
            f.label
                + ".proficiency: unknown proficiency '"
                + level
                + "' (the scale has "
                + catalogue.policy().proficiencyNames()
                + ")");
      }
    } else if (verdict == Verdict.ACCEPTED) {
      problems.add(
          f.label + ".proficiency: an accepted decision must record the proficiency shown");
    }
    String assessor = f.text("assessorId");
    boolean qualified = f.bool("assessorQualified");
    boolean confirmed = f.optBool("authenticityConfirmed");
    LocalDate decidedOn = f.date("decidedOn", false);
    if (decidedOn != null && decidedOn.isAfter(assessedOn)) {
      problems.add(
          f.label + ".decidedOn: " + decidedOn + " is after the assessment date " + assessedOn);
    }
    if (decidedOn != null && activity != null && decidedOn.isBefore(activity)) {
      problems.add(
          f.label
              + ".decidedOn: "
              + decidedOn
              + " is before the activity it judges ("
              + activity
              + ")");
    }
    return new Decision(
        verdict,
        proficiency,
        assessor,
        qualified,
        confirmed,
        decidedOn,
        f.optText("feedback"),
        null,
        f.optText("countersignedBy"));
  }

  /** Field access that records a problem, named label.field, for anything missing or mistyped. */
  private final class Fields {
    final String label;
    final JsonNode node;

    Fields(String label, JsonNode node) {
      this.label = label;
      this.node = node;
      if (!node.isObject()) {
        problems.add(label + ": not an object");
      }
    }

    /** Reports fields the bundle format does not have, so a misspelt field is never ignored. */
    Fields allowOnly(String... fields) {
      List<String> known = List.of(fields);
      if (node.isObject()) {
        for (String name : node.propertyNames()) {
          if (!known.contains(name)) {
            problems.add(
                label
                    + "."
                    + name
                    + ": unknown field; expected one of "
                    + String.join(", ", known));
          }
        }
      }
      return this;
    }

    /** An optional true/false field: absent means false, anything but a boolean is a problem. */
    boolean optBool(String field) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        return false;
      }
      if (!v.isBoolean()) {
        problems.add(label + "." + field + ": must be true or false");
        return false;
      }
      return v.asBoolean();
    }

    String text(String field) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        problems.add(label + "." + field + ": missing");
        return null;
      }
      if (!v.isString() || v.asString().isBlank()) {
        problems.add(label + "." + field + ": must be non-empty text");
        return null;
      }
      return v.asString().strip();
    }

    String optText(String field) {
      JsonNode v = node.get(field);
      return v == null || v.isNull() ? null : v.isString() ? v.asString() : v.toString();
    }

    boolean bool(String field) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        problems.add(label + "." + field + ": missing (true or false)");
        return false;
      }
      if (!v.isBoolean()) {
        problems.add(label + "." + field + ": must be true or false");
        return false;
      }
      return v.asBoolean();
    }

    LocalDate date(String field, boolean required) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        if (required) {
          problems.add(label + "." + field + ": missing (a date as YYYY-MM-DD)");
        }
        return null;
      }
      try {
        return LocalDate.parse(v.asString());
      } catch (DateTimeParseException e) {
        problems.add(label + "." + field + ": '" + v.asString() + "' is not a date as YYYY-MM-DD");
        return null;
      }
    }
  }
}
