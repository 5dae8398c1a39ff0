package uk.attest.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read field by field. Every problem (missing field, wrong type, duplicate key) is
 * reported with file, line and path, and reading carries on so that all problems surface at once.
 */
final class YamlMap {
  private final String file;
  private final String path;
  private final Node node;
  private final Consumer<CatalogueProblem> problems;
  private final Map<String, Node> values = new LinkedHashMap<>();
  private final Map<String, Node> keys = new LinkedHashMap<>();

  YamlMap(String file, String path, Node node, Consumer<CatalogueProblem> problems) {
    this.file = file;
    this.path = path;
    this.node = node;
    this.problems = problems;
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
        if (key == null) {
          problem(tuple.getKeyNode(), "a key must be plain text");
        } else if (values.containsKey(key)) {
          problem(
              tuple.getKeyNode(),
              "duplicate key '" + key + "' (first at line " + line(keys.get(key)) + ")");
        } else {
          values.put(key, tuple.getValueNode());
          keys.put(key, tuple.getKeyNode());
        }
      }
    } else {
      problem(node, "expected a mapping of fields");
    }
  }

  static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  String file() {
    return file;
  }

  String path() {
    return path;
  }

  int line() {
    return line(node);
  }

  int line(String key) {
    Node n = values.get(key);
    return n == null ? line() : line(n);
  }

  boolean has(String key) {
    return values.containsKey(key) && !isNull(values.get(key));
  }

  java.util.Set<String> keys() {
    return values.keySet();
  }

  void problem(String message) {
    problems.accept(new CatalogueProblem(file, line(), path, message));
  }

  void problem(String key, String message) {
    problems.accept(new CatalogueProblem(file, line(key), at(key), message));
  }

  private void problem(Node at, String message) {
    problems.accept(new CatalogueProblem(file, line(at), path, message));
  }

  String at(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static boolean isNull(Node n) {
    return n instanceof ScalarNode s && (s.getTag().getValue().endsWith(":null"));
  }

  /**
   * Reports every field not in the list, so a misspelt optional field is never silently ignored.
   */
  YamlMap allowOnly(String... allowed) {
    java.util.List<String> known = java.util.List.of(allowed);
    for (String key : values.keySet()) {
      if (!known.contains(key)) {
        problems.accept(
            new CatalogueProblem(
                file,
                line(keys.get(key)),
                at(key),
                "unknown field '" + key + "'; expected one of " + String.join(", ", known)));
      }
    }
    return this;
  }

  String text(String key) {
    if (!has(key)) {
      problem("missing required field '" + key + "'");
      return null;
    }
    String value = optText(key);
    if (value != null && value.isBlank()) {
      problem(key, "'" + key + "' must not be empty");
      return null;
    }
    return value == null ? null : value.strip();
  }

  String optText(String key) {
    Node n = values.get(key);
    if (n == null || isNull(n)) {
      return null;
    }
    if (n instanceof ScalarNode s) {
      return s.getValue();
    }
    problem(key, "'" + key + "' must be a single value, not a list or mapping");
    return null;
  }

  Integer integer(String key) {
    if (!has(key)) {
      problem("missing required field '" + key + "'");
      return null;
    }
    return optInteger(key);
  }

  Integer optInteger(String key) {
    String text = optText(key);
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      problem(key, "'" + key + "' must be a whole number, found '" + text + "'");
      return null;
    }
  }

  /** A required whole number of 1 or more: counts, months and credits. */
  Integer positive(String key) {
    Integer n = integer(key);
    if (n != null && n < 1) {
      problem(key, "'" + key + "' must be 1 or more, found " + n);
      return null;
    }
    return n;
  }

  Double optNumber(String key) {
    String text = optText(key);
    if (text == null) {
      return null;
    }
    try {
      return Double.valueOf(text.strip());
    } catch (NumberFormatException e) {
      problem(key, "'" + key + "' must be a number, found '" + text + "'");
      return null;
    }
  }

  boolean bool(String key, boolean otherwise) {
    String text = optText(key);
    if (text == null) {
      return otherwise;
    }
    if (text.equals("true") || text.equals("false")) {
      return Boolean.parseBoolean(text);
    }
    problem(key, "'" + key + "' must be true or false, found '" + text + "'");
    return otherwise;
  }

  LocalDate optDate(String key) {
    String text = optText(key);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problem(key, "'" + key + "' must be a date as YYYY-MM-DD, found '" + text + "'");
      return null;
    }
  }

  YamlMap map(String key) {
    if (!has(key)) {
      problem("missing required field '" + key + "'");
      return null;
    }
    return new YamlMap(file, at(key), values.get(key), problems);
  }

  YamlMap optMap(String key) {
    return has(key) ? new YamlMap(file, at(key), values.get(key), problems) : null;
  }

  /** A required list of mappings; an empty list is a problem. */
  List<YamlMap> maps(String key) {
    List<YamlMap> out = new ArrayList<>();
    Node n = values.get(key);
    if (n == null || isNull(n)) {
      problem("missing required field '" + key + "'");
      return out;
    }
    if (!(n instanceof SequenceNode seq)) {
      problem(key, "'" + key + "' must be a list");
      return out;
    }
    List<Node> items = seq.getValue();
    for (int i = 0; i < items.size(); i++) {
      out.add(new YamlMap(file, at(key) + "[" + i + "]", items.get(i), problems));
    }
    if (out.isEmpty()) {
      problem(key, "'" + key + "' must not be empty");
    }
    return out;
  }

  /** A list of plain values; missing gives an empty list, or a problem when required. */
  List<String> texts(String key, boolean required) {
    List<String> out = new ArrayList<>();
    Node n = values.get(key);
    if (n == null || isNull(n)) {
      if (required) {
        problem("missing required field '" + key + "'");
      }
      return out;
    }
    if (!(n instanceof SequenceNode seq)) {
      problem(key, "'" + key + "' must be a list");
      return out;
    }
    for (Node item : seq.getValue()) {
      if (item instanceof ScalarNode s && !isNull(s)) {
        out.add(s.getValue().strip());
      } else {
        problem(item, "every entry of '" + key + "' must be a single value");
      }
    }
    if (required && out.isEmpty()) {
      problem(key, "'" + key + "' must not be empty");
    }
    return out;
  }

  /** The line of an entry in a list of plain values, for messages about one entry. */
  int lineOfEntry(String key, int index) {
    Node n = values.get(key);
    if (n instanceof SequenceNode seq && index < seq.getValue().size()) {
      return line(seq.getValue().get(index));
    }
    return line(key);
  }

  /** Reports a problem with one entry of a list of plain values, at that entry's own line. */
  void problemAtEntry(String key, int index, String message) {
    problems.accept(new CatalogueProblem(file, lineOfEntry(key, index), at(key), message));
  }

  /** A mapping whose keys are data (ids), each value read as a map. */
  Map<String, YamlMap> entries() {
    Map<String, YamlMap> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k, new YamlMap(file, at(k), v, problems)));
    return out;
  }

  /** A mapping whose keys are data and values plain text. */
  Map<String, String> textEntries() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String k : values.keySet()) {
      String v = optText(k);
      if (v != null) {
        out.put(k, v.strip());
      }
    }
    return out;
  }
}
