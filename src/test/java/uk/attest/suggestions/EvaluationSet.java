package uk.attest.suggestions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.CatalogueLoader;

/**
 * The labelled evidence texts in src/test/resources/suggestions/evaluation.yaml, and the measures
 * the README reports: recall at 3, precision of the first suggestion, and the share of texts that
 * match nothing answered with nothing.
 */
final class EvaluationSet {
  static final Path FILE = Path.of("src/test/resources/suggestions/evaluation.yaml");
  static final Map<String, Path> CATALOGUES =
      Map.of(
          "main", Path.of("criteria"),
          "unseen", Path.of("src/test/resources/suggestions/unseen-criteria"));

  record Item(
      String id, String split, String catalogue, String kind, String text, List<String> criteria) {}

  private EvaluationSet() {}

  @SuppressWarnings("unchecked")
  static List<Item> items() {
    try {
      List<Map<String, Object>> raw =
          new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(FILE));
      List<Item> items = new ArrayList<>();
      for (Map<String, Object> m : raw) {
        items.add(
            new Item(
                (String) m.get("id"),
                (String) m.get("split"),
                (String) m.get("catalogue"),
                (String) m.get("kind"),
                (String) m.get("text"),
                List.copyOf((List<String>) m.getOrDefault("criteria", List.of()))));
      }
      return items;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Map<String, Catalogue> LOADED = new HashMap<>();

  static synchronized Catalogue catalogue(String name) {
    return LOADED.computeIfAbsent(name, n -> CatalogueLoader.load(CATALOGUES.get(n)));
  }

  /** The measures over some items' answers. */
  record Measures(
      int texts,
      int matching,
      double recallAt3,
      double precisionAt1,
      int noMatch,
      double silentOnNoMatch) {
    @Override
    public String toString() {
      return String.format(
          "texts %d (%d with criteria, %d without): recall@3 %.1f%%, precision@1 %.1f%%, no-match"
              + " answered with nothing %.1f%%",
          texts,
          matching,
          texts - matching,
          100 * recallAt3,
          100 * precisionAt1,
          100 * silentOnNoMatch);
    }
  }

  /** Measures answers (criterion ids, best first, already cut at the threshold) for items. */
  static Measures measure(List<Item> items, Map<String, List<String>> answers) {
    int correct = 0;
    int wanted = 0;
    int firstRight = 0;
    int answered = 0;
    int matching = 0;
    int noMatch = 0;
    int silent = 0;
    for (Item item : items) {
      List<String> answer = answers.get(item.id());
      if (item.criteria().isEmpty()) {
        noMatch++;
        if (answer.isEmpty()) {
          silent++;
        } else {
          answered++;
        }
        continue;
      }
      matching++;
      List<String> top3 = answer.subList(0, Math.min(3, answer.size()));
      for (String c : item.criteria()) {
        wanted++;
        if (top3.contains(c)) {
          correct++;
        }
      }
      if (!answer.isEmpty()) {
        answered++;
        if (item.criteria().contains(answer.get(0))) {
          firstRight++;
        }
      }
    }
    return new Measures(
        items.size(),
        matching,
        wanted == 0 ? 0 : (double) correct / wanted,
        answered == 0 ? 0 : (double) firstRight / answered,
        noMatch,
        noMatch == 0 ? 1 : (double) silent / noMatch);
  }
}
