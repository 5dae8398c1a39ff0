package uk.attest.frameworks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.catalogue.Slugs;
import uk.attest.catalogue.importer.ImportException;
import uk.attest.catalogue.importer.ImportedStandard;
import uk.attest.catalogue.importer.Yaml;

/**
 * Reads one CASE package (1.0 or 1.1) and writes it as an Attest NOS unit. A NOS-like document,
 * whose items are coded P1.. and K1.. (alone or after a prefix, as "ATTECL01.P1"), keeps those
 * criteria and numbers; in any other framework each item, in package order, is a knowledge item
 * (K1, K2, …) when typed as knowledge or worded "Understand …"/"Know …", else a performance
 * criterion (P1, P2, …). Problems name the JSON path at fault.
 */
public final class CaseImporter {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern NOS_CODE = Pattern.compile("(?:.*[^A-Za-z0-9])?([PK])(\\d+)");

  public record Result(
      Path written, boolean replaced, String code, int performanceCriteria, int knowledge) {
    public String summary() {
      return (replaced ? "overwrote " : "wrote ")
          + written
          + ": "
          + code
          + " with "
          + performanceCriteria
          + " performance criteria and "
          + knowledge
          + " knowledge items";
    }
  }

  private record Item(String kind, int number, String text, String code, String identifier) {}

  private CaseImporter() {}

  public static ImportedStandard importFile(Path file, Integer level, Path out, Path standardsDir) {
    Map<String, Object> unit = convert(Yaml.read(file), level, file.toString());
    String code = (String) unit.get("code");
    Path target =
        out != null
            ? out
            : standardsDir
                .resolve("imported")
                .resolve(code.replaceAll("[^A-Za-z0-9.&-]", "_") + ".yaml");
    boolean replaced = Files.exists(target);
    String header =
        "# Imported by `attest import-case` from " + file.getFileName() + " (a CASE package).\n";
    Yaml.write(target, Yaml.dump(header, unit));
    return new ImportedStandard(
        target,
        replaced,
        code,
        ((List<?>) unit.get("performanceCriteria")).size(),
        ((List<?>) unit.get("knowledge")).size());
  }

  /** The unit as the ordered map written as YAML in the standards format. */
  public static Map<String, Object> convert(String json, Integer level, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new ImportException(source + ": not JSON: " + e.getOriginalMessage());
    }
    List<String> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      throw new ImportException(source + ": $: expected a CASE package, a JSON object");
    }
    JsonNode doc = root.get("CFDocument");
    if (doc == null || !doc.isObject()) {
      throw new ImportException(
          source + ": $.CFDocument: missing; a CASE package has one CFDocument object");
    }
    String title = text(doc, "title", "$.CFDocument", problems, true);
    JsonNode extensions = doc.path("extensions");
    String code = text(doc, "humanCodingScheme", "$.CFDocument", problems, false);
    if (code == null && extensions.path("humanCodingScheme").isString()) {
      code = extensions.get("humanCodingScheme").asString();
    }
    if (code == null && title != null) {
      code = codeFromTitle(title);
    }
    Integer rqfLevel = level;
    if (rqfLevel == null && extensions.path("rqfLevel").isInt()) {
      rqfLevel = extensions.get("rqfLevel").asInt();
    }
    if (rqfLevel == null) {
      problems.add(
          "$.CFDocument: no RQF level in the package; say which level the unit is at with --level N");
    } else if (rqfLevel < 1 || rqfLevel > 8) {
      problems.add(
          "$.CFDocument.extensions.rqfLevel: " + rqfLevel + " is not an RQF level from 1 to 8");
    }
    List<Item> items = items(root.get("CFItems"), problems);
    if (!problems.isEmpty()) {
      throw new ImportException(
          source + ": cannot import this CASE package: " + String.join("; ", problems));
    }
    Map<String, Object> unit = new LinkedHashMap<>();
    unit.put("code", safeCode(code));
    unit.put("title", title.strip());
    unit.put(
        "suite",
        extensions.path("suite").isString()
            ? extensions.get("suite").asString()
            : "Imported (CASE)");
    unit.put("level", rqfLevel);
    unit.put("version", version(doc.path("version")));
    unit.put(
        "validity",
        "Deprecated".equals(doc.path("adoptionStatus").asString("")) ? "Legacy" : "Current");
    unit.put("status", "Original");
    String creator = doc.path("creator").asString("").strip();
    if (!creator.isEmpty()) {
      unit.put("developedBy", creator);
    }
    String start = doc.path("statusStartDate").asString(null);
    if (date(start) != null) {
      unit.put("dateApproved", date(start));
    }
    String end = doc.path("statusEndDate").asString(null);
    if (date(end) != null) {
      unit.put("indicativeReviewDate", date(end));
    }
    String description = doc.path("description").asString("").strip();
    unit.put("overview", description.isEmpty() ? title.strip() : description);
    unit.put("keywords", keywords(doc.path("subject")));
    unit.put("relevantOccupations", List.of());
    unit.put("performanceCriteria", criteria(items, "P"));
    unit.put("knowledge", criteria(items, "K"));
    Map<String, Object> notes = new LinkedHashMap<>();
    notes.put(
        "CASE_document", doc.path("identifier").asString("") + " " + doc.path("uri").asString(""));
    notes.put(
        "CASE_items",
        items.stream()
            .map(
                i ->
                    i.kind()
                        + i.number()
                        + " = "
                        + (i.code() == null ? "" : i.code() + " ")
                        + i.identifier())
            .collect(Collectors.joining("\n")));
    unit.put("notes", notes);
    return unit;
  }

  /**
   * The criteria: P and K items of a NOS-like package, else every item as a performance criterion.
   */
  private static List<Item> items(JsonNode array, List<String> problems) {
    if (array == null || !array.isArray()) {
      problems.add("$.CFItems: missing; a framework to import needs its items as a JSON array");
      return List.of();
    }
    List<JsonNode> nodes = new ArrayList<>();
    array.forEach(nodes::add);
    boolean nosLike =
        nodes.stream()
            .anyMatch(n -> NOS_CODE.matcher(n.path("humanCodingScheme").asString("")).matches());
    List<Item> out = new ArrayList<>();
    Map<String, String> seen = new LinkedHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode n = nodes.get(i);
      String at = "$.CFItems[" + i + "]";
      if (!n.isObject()) {
        problems.add(at + ": expected a CFItem object");
        continue;
      }
      String text = text(n, "fullStatement", at, problems, true);
      String code =
          n.path("humanCodingScheme").isString() ? n.get("humanCodingScheme").asString() : null;
      String identifier = n.path("identifier").asString("");
      if (!nosLike) {
        if (text != null) {
          String kind = knowledgeLike(n, text) ? "K" : "P";
          int number = (int) out.stream().filter(x -> x.kind().equals(kind)).count() + 1;
          out.add(new Item(kind, number, text, code, identifier));
        }
        continue;
      }
      Matcher m = NOS_CODE.matcher(code == null ? "" : code);
      if (!m.matches()) {
        continue; // a heading or grouping item in a NOS-like package is not a criterion
      }
      String id = m.group(1) + Integer.parseInt(m.group(2));
      String earlier = seen.put(id, at);
      if (earlier != null) {
        problems.add(at + ".humanCodingScheme: " + id + " again (first at " + earlier + ")");
      } else if (text != null) {
        out.add(new Item(m.group(1), Integer.parseInt(m.group(2)), text, code, identifier));
      }
    }
    if (nodes.isEmpty()) {
      problems.add("$.CFItems: empty; there is nothing to import as criteria");
    } else {
      // An Attest standard has both kinds: the catalogue refuses one without either.
      for (String kind : List.of("P", "K")) {
        if (out.stream().noneMatch(x -> x.kind().equals(kind))) {
          problems.add(
              "$.CFItems: no "
                  + (kind.equals("P") ? "performance criterion" : "knowledge item")
                  + (nosLike
                      ? " (no item coded " + kind + "1, " + kind + "2, …)"
                      : " (no item typed Knowledge or beginning \"Understand\" or \"Know\")")
                  + "; an Attest standard needs at least one");
        }
      }
    }
    return out.stream()
        .sorted(Comparator.comparing(Item::kind).reversed().thenComparingInt(Item::number))
        .toList();
  }

  /**
   * In a framework not coded P/K, an item is knowledge when its CFItemType says so or its statement
   * begins "Understand" or "Know", as RQF learning outcomes word knowledge; the rest is
   * performance.
   */
  private static boolean knowledgeLike(JsonNode item, String text) {
    String type = item.path("CFItemType").asString("").toLowerCase(java.util.Locale.ROOT);
    return type.contains("knowledge")
        || type.contains("understanding")
        || text.matches("(?s)(Understand|Know)\\b.*");
  }

  private static List<Object> criteria(List<Item> items, String kind) {
    List<Object> out = new ArrayList<>();
    for (Item item : items) {
      if (item.kind().equals(kind)) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", kind + item.number());
        c.put("text", item.text());
        out.add(c);
      }
    }
    return out;
  }

  private static String text(
      JsonNode node, String field, String at, List<String> problems, boolean required) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        problems.add(at + "." + field + ": missing");
      }
      return null;
    }
    if (!v.isString()) {
      problems.add(
          at + "." + field + ": must be text, found " + v.getNodeType().name().toLowerCase());
      return null;
    }
    if (v.asString().isBlank()) {
      if (required) {
        problems.add(at + "." + field + ": empty");
      }
      return null;
    }
    return v.asString().strip();
  }

  /** "What Standards Could Be" becomes WhatStandardsCouldBe: a code of the NOS code's shape. */
  static String codeFromTitle(String title) {
    String code =
        Arrays.stream(Slugs.slug(title).split("-"))
            .filter(w -> !w.isEmpty())
            .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
            .collect(Collectors.joining());
    return code.length() > 40 ? code.substring(0, 40) : code;
  }

  /** A publisher's code with anything a NOS code may not hold made into '.'. */
  private static String safeCode(String code) {
    String safe = code.strip().replaceAll("[^A-Za-z0-9&.]+", ".").replaceAll("^\\.+|\\.+$", "");
    if (safe.isEmpty()) {
      return "IMPORTED";
    }
    return Character.toUpperCase(safe.charAt(0)) + safe.substring(1);
  }

  private static int version(JsonNode version) {
    try {
      return Math.max(1, Integer.parseInt(version.asString("1").strip().split("\\.")[0]));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static String date(String text) {
    if (text == null || text.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(text.substring(0, 10)).toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static List<String> keywords(JsonNode subject) {
    List<String> out = new ArrayList<>();
    if (subject.isArray()) {
      subject.forEach(s -> out.add(s.asString()));
    }
    return out;
  }
}
