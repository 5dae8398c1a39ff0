package uk.attest.suggestions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.attest.catalogue.NosUnit;

/**
 * How long suggestions take for a 300-word text against the 287 criteria of the demo catalogue and
 * the five unseen standards, on one thread (the model runs each call on one core), after start-up;
 * and what start-up costs: loading the model, and computing the criteria's vectors and index.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=uk.attest.suggestions.SuggesterBench -Dexec.args="500"}; prefix {@code taskset
 * -c 0} to hold the whole JVM to one core.
 */
public final class SuggesterBench {
  public static void main(String[] args) {
    Locale.setDefault(Locale.UK);
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    long t0 = System.nanoTime();
    SentenceEmbedder embedder = SentenceEmbedder.shared();
    embedder.embed("warm");
    double modelMs = (System.nanoTime() - t0) / 1e6;

    List<NosUnit> units = new ArrayList<>(EvaluationSet.catalogue("main").units());
    units.addAll(EvaluationSet.catalogue("unseen").units());
    int criteria = units.stream().mapToInt(u -> u.criteria().size()).sum();
    long t1 = System.nanoTime();
    Suggester suggester =
        new Suggester(CriterionIndex.of(units, embedder), embedder, Calibration.load());
    double indexMs = (System.nanoTime() - t1) / 1e6;

    List<String> texts = texts(300);
    for (int i = 0; i < 200; i++) {
      suggester.suggest(texts.get(i % texts.size()), List.of(), Suggester.DEFAULT_TOP);
    }
    double[] all = new double[runs];
    double[] vectors = new double[runs];
    int suggested = 0;
    for (int i = 0; i < runs; i++) {
      String text = texts.get(i % texts.size());
      List<String> passages = Passages.of(text).stream().map(Passages.Passage::text).toList();
      long a = System.nanoTime();
      embedder.embed(passages);
      long b = System.nanoTime();
      suggested += suggester.suggest(text, List.of(), Suggester.DEFAULT_TOP).size();
      long c = System.nanoTime();
      vectors[i] = (b - a) / 1e6;
      all[i] = (c - b) / 1e6;
    }
    System.out.printf(
        "start-up: model %.0f ms, criteria vectors and index for %d criteria %.0f ms%n",
        modelMs, criteria, indexMs);
    System.out.printf(
        "suggest, 300-word text, %d criteria, %d runs: median %.1f ms, p90 %.1f, p99 %.1f;"
            + " of which the text's passage vectors median %.1f ms (%d passages);"
            + " %.1f suggestions per text%n",
        criteria,
        runs,
        pct(all, 50),
        pct(all, 90),
        pct(all, 99),
        pct(vectors, 50),
        Passages.of(texts.get(0)).size(),
        (double) suggested / runs);
  }

  /** Texts of exactly {@code words} words, made of consecutive evaluation texts. */
  static List<String> texts(int words) {
    List<String> all = new ArrayList<>();
    for (EvaluationSet.Item item : EvaluationSet.items()) {
      all.addAll(Arrays.asList(item.text().strip().split("\\s+")));
    }
    List<String> texts = new ArrayList<>();
    for (int from = 0; from + words <= all.size(); from += words) {
      texts.add(String.join(" ", all.subList(from, from + words)));
    }
    return texts;
  }

  private static double pct(double[] values, int p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }
}
