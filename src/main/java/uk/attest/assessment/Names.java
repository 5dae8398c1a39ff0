package uk.attest.assessment;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Puts names where the rules' reasons name ids. A rule's reason is written once, for every reader,
 * with the evidence and assessor ids the engine knows ("evd_4k7q is older than the 36-month
 * currency window"); a person reads it with the evidence's title and the assessor's name instead.
 * Criterion codes (ATTECL03.P1, U502/2.1) stay: they are what a standard calls them, and an id that
 * is part of a longer code is left alone.
 */
public final class Names {
  private final Map<String, String> byId;
  private final Pattern ids;

  private Names(Map<String, String> byId) {
    this.byId = Map.copyOf(byId);
    // Longest first, so an id that is a prefix of another never takes its place.
    this.ids =
        byId.isEmpty()
            ? null
            : Pattern.compile(
                byId.keySet().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|", "(?<![\\w/-])(", ")(?![\\w/-])")));
  }

  /** Ids and the words that replace them (an evidence title in quotes, an assessor's name). */
  public static Names of(Map<String, String> byId) {
    return new Names(new LinkedHashMap<>(byId));
  }

  public static Names none() {
    return new Names(Map.of());
  }

  /** The name of an id, or the id itself when it has none. */
  public String of(String id) {
    return id == null ? null : byId.getOrDefault(id, id);
  }

  /** The message with every known id replaced by its name. */
  public String in(String message) {
    if (ids == null || message == null) {
      return message;
    }
    Matcher m = ids.matcher(message);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(byId.get(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
