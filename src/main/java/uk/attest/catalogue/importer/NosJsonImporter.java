package uk.attest.catalogue.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one NOS from the UK NOS database's JSON export (v1.2 field names) and writes it as an
 * Attest NOS unit. Performance criteria and knowledge arrive as HTML ordered lists; Welsh twins
 * (fields ending _Welsh) and every field Attest does not model are carried across as text.
 */
public final class NosJsonImporter {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern LIST_ITEM = Pattern.compile("(?is)<li\\b[^>]*>(.*?)</li>");
  private static final Pattern TAG = Pattern.compile("(?s)<[^>]+>");
  private static final Pattern ENTITY =
      Pattern.compile("&(#[xX][0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z]+);");
  private static final Pattern PARAGRAPH_END = Pattern.compile("(?i)</p\\s*>");
  private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>");
  private static final Pattern LIST_ITEM_START = Pattern.compile("(?i)<li\\b[^>]*>");
  private static final DateTimeFormatter NOS_DATE = DateTimeFormatter.ofPattern("dd MM yyyy");
  private static final Map<String, String> NAMED =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", " "),
          Map.entry("rsquo", "’"),
          Map.entry("lsquo", "‘"),
          Map.entry("rdquo", "”"),
          Map.entry("ldquo", "“"),
          Map.entry("ndash", "–"),
          Map.entry("mdash", "—"),
          Map.entry("hellip", "…"),
          Map.entry("pound", "£"),
          Map.entry("euro", "€"),
          Map.entry("bull", "•"));

  /** Fields with no place in the Attest model, kept verbatim (tags removed) as notes. */
  private static final List<String> NOTE_FIELDS =
      List.of(
          "Scope_range",
          "Scope_range_related_to_performance_criteria",
          "Scope_range_related_to_knowledge_and_understanding",
          "Values",
          "Behaviours",
          "Skills",
          "Glossary",
          "Links_to_other_NOS",
          "External_Links",
          "Originating_organisation",
          "Original_URN",
          "SOC_Code");

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

  private NosJsonImporter() {}

  public static ImportedStandard importFile(Path file, int level, Path out, Path standardsDir) {
    Map<String, Object> unit = convert(Yaml.read(file), level, file.toString());
    String code = (String) unit.get("code");
    Path target =
        out != null
            ? out
            : standardsDir
                .resolve("imported")
                .resolve(code.replaceAll("[^A-Za-z0-9.&-]", "_") + ".yaml");
    String header =
        "# Imported by `attest import-nos` from "
            + file.getFileName()
            + " (UK NOS database JSON export).\n";
    boolean replaced = java.nio.file.Files.exists(target);
    Yaml.write(target, Yaml.dump(header, unit));
    return new ImportedStandard(
        target,
        replaced,
        code,
        ((List<?>) unit.get("performanceCriteria")).size(),
        ((List<?>) unit.get("knowledge")).size());
  }

  /** The NOS as the ordered map that is written as YAML. */
  public static Map<String, Object> convert(String json, int level, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new ImportException(source + ": not JSON: " + e.getOriginalMessage());
    }
    if (root != null && root.isArray() && root.size() == 1) {
      root = root.get(0);
    }
    if (root == null || !root.isObject()) {
      throw new ImportException(
          source + ": expected one NOS as a JSON object (or an array holding one)");
    }
    List<String> problems = new ArrayList<>();
    String urn = text(root, "URN");
    String title = text(root, "Title");
    if (urn == null || urn.isBlank()) {
      problems.add("URN: missing");
    }
    if (title == null || title.isBlank()) {
      problems.add("Title: missing");
    }
    List<String> pcs = listItems(text(root, "Performance_criteria"));
    List<String> ks = listItems(text(root, "Knowledge_and_understanding"));
    if (pcs.isEmpty()) {
      problems.add("Performance_criteria: no <li> items found");
    }
    if (ks.isEmpty()) {
      problems.add("Knowledge_and_understanding: no <li> items found");
    }
    if (!problems.isEmpty()) {
      throw new ImportException(
          source + ": cannot import this NOS: " + String.join("; ", problems));
    }
    Map<String, Object> unit = new LinkedHashMap<>();
    unit.put("code", urn.strip());
    unit.put("title", plain(title));
    List<String> suites = list(root, "Suite");
    unit.put("suite", suites.isEmpty() ? "Imported" : suites.get(0));
    unit.put("level", level);
    unit.put("version", root.path("Version_number").asInt(1));
    unit.put("validity", orElse(text(root, "Validity"), "Current"));
    unit.put("status", orElse(text(root, "Status"), "Original"));
    putIfPresent(unit, "category", text(root, "NOSCategory"));
    putIfPresent(unit, "developedBy", text(root, "Developed_by"));
    putIfPresent(unit, "dateApproved", date(text(root, "Date_approved"), "Date_approved", source));
    putIfPresent(
        unit,
        "indicativeReviewDate",
        date(text(root, "Indicative_review_date"), "Indicative_review_date", source));
    unit.put("overview", orElse(plain(text(root, "Overview")), plain(title)));
    unit.put("keywords", list(root, "Keywords"));
    unit.put("relevantOccupations", list(root, "Relevant_occupations"));
    if (suites.size() > 1) {
      unit.put("otherSuites", suites.subList(1, suites.size()));
    }
    unit.put(
        "performanceCriteria",
        criteria("P", pcs, listItems(text(root, "Performance_criteria_Welsh"))));
    unit.put(
        "knowledge", criteria("K", ks, listItems(text(root, "Knowledge_and_understanding_Welsh"))));
    Map<String, Object> welsh = new LinkedHashMap<>();
    putIfPresent(welsh, "title", plain(text(root, "Title_Welsh")));
    putIfPresent(welsh, "overview", plain(text(root, "Overview_Welsh")));
    if (!welsh.isEmpty()) {
      unit.put("welsh", welsh);
    }
    Map<String, Object> notes = new LinkedHashMap<>();
    for (String field : NOTE_FIELDS) {
      putIfPresent(notes, field, plain(text(root, field)));
      putIfPresent(notes, field + "_Welsh", plain(text(root, field + "_Welsh")));
    }
    if (!notes.isEmpty()) {
      unit.put("notes", notes);
    }
    return unit;
  }

  private static List<Object> criteria(String prefix, List<String> english, List<String> welsh) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < english.size(); i++) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("id", prefix + (i + 1));
      c.put("text", english.get(i));
      if (i < welsh.size()) {
        c.put("welsh", welsh.get(i));
      }
      out.add(c);
    }
    return out;
  }

  private static String text(JsonNode root, String field) {
    JsonNode v = root.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(x -> parts.add(x.asString()));
      return String.join("; ", parts);
    }
    return v.isString() ? v.asString() : v.toString();
  }

  /** Relevant_occupations, Suite and Keywords: a JSON array, or text separated by ';'. */
  private static List<String> list(JsonNode root, String field) {
    JsonNode v = root.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isArray()) {
      v.forEach(x -> addItem(out, x.asString()));
    } else {
      for (String part : v.asString().split(";")) {
        addItem(out, part);
      }
    }
    return out;
  }

  private static void addItem(List<String> out, String item) {
    String clean = plain(item);
    if (clean != null && !clean.isEmpty()) {
      out.add(clean);
    }
  }

  private static String date(String text, String field, String source) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    try {
      return LocalDate.parse(t, NOS_DATE).toString();
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t).toString();
      } catch (DateTimeParseException e2) {
        throw new ImportException(
            source + ": " + field + ": '" + text + "' is not a date as 'dd mm ccyy'");
      }
    }
  }

  /** The text of each &lt;li&gt;, with tags removed and entities decoded. */
  static List<String> listItems(String html) {
    List<String> out = new ArrayList<>();
    if (html == null) {
      return out;
    }
    Matcher m = LIST_ITEM.matcher(html);
    while (m.find()) {
      String item = plain(m.group(1));
      if (item != null && !item.isEmpty()) {
        out.add(item);
      }
    }
    return out;
  }

  /**
   * HTML to plain text: source line breaks are only spacing; paragraphs become blank-line breaks,
   * list items "- " lines; tags are removed and entities decoded.
   */
  static String plain(String html) {
    if (html == null) {
      return null;
    }
    String text = html.replaceAll("[\\r\\n\\t]+", " ");
    text = PARAGRAPH_END.matcher(text).replaceAll("\n\n");
    text = LIST_ITEM_START.matcher(text).replaceAll("\n- ");
    text = LINE_BREAK.matcher(text).replaceAll("\n");
    text = TAG.matcher(text).replaceAll("");
    text = decode(text);
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : text.split("\\n\\s*\\n")) {
      List<String> lines = new ArrayList<>();
      for (String line : paragraph.split("\\n")) {
        String clean = line.replaceAll("[ \\x0B\\f\\u00A0]+", " ").strip();
        if (!clean.isEmpty()) {
          lines.add(clean);
        }
      }
      if (!lines.isEmpty()) {
        paragraphs.add(String.join("\n", lines));
      }
    }
    return String.join("\n\n", paragraphs);
  }

  static String decode(String text) {
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String replacement = m.group();
      if (e.startsWith("#")) {
        boolean hex = e.startsWith("#x") || e.startsWith("#X");
        int code = Integer.parseInt(e.substring(hex ? 2 : 1), hex ? 16 : 10);
        // Not a Unicode code point: keep the entity as written rather than invent a character.
        if (Character.isValidCodePoint(code)) {
          replacement = new String(Character.toChars(code));
        }
      } else {
        replacement = NAMED.getOrDefault(e, m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String orElse(String value, String otherwise) {
    return value == null || value.isBlank() ? otherwise : value;
  }

  private static void putIfPresent(Map<String, Object> map, String key, Object value) {
    if (value != null && !(value instanceof String s && s.isBlank())) {
      map.put(key, value);
    }
  }
}
