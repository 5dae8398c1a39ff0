package uk.attest.suggestions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits the calibration on the tuning part of the evaluation set, and only on it: a logistic
 * regression of "a person labelled this criterion as shown" on the match features, then the
 * threshold that best balances recall at 3 against silence on texts that match nothing. Prints the
 * measures on every part and writes src/main/resources/suggestions/calibration.properties.
 *
 * <p>Run: {@code mvn -o -q test-compile && java -cp target/classes:target/test-classes:$(cat cp)
 * uk.attest.suggestions.CalibrateSuggester [--write]}
 */
public final class CalibrateSuggester {
  record Row(String item, double[] x, boolean y) {}

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.UK);
    List<EvaluationSet.Item> items = EvaluationSet.items();
    Map<String, Suggester> suggesters = new HashMap<>();
    Map<String, List<Suggester.Ranked>> ranked = new HashMap<>();
    long t0 = System.nanoTime();
    for (EvaluationSet.Item item : items) {
      Suggester s =
          suggesters.computeIfAbsent(
              item.catalogue(), c -> Suggester.over(EvaluationSet.catalogue(c).units()));
      ranked.put(item.id(), s.rank(item.text(), List.of()));
    }
    System.out.printf("ranked %d texts in %.1f s%n", items.size(), (System.nanoTime() - t0) / 1e9);

    List<Row> rows = new ArrayList<>();
    for (EvaluationSet.Item item : items) {
      if (!item.split().equals("tune") || !item.catalogue().equals("main")) {
        continue;
      }
      for (Suggester.Ranked r : ranked.get(item.id())) {
        rows.add(
            new Row(item.id(), r.features(), item.criteria().contains(r.entry().criterion().id())));
      }
    }
    int k = Features.NAMES.size();
    double[] w = new double[k + 1];
    fit(rows, w, k);
    double best = -1;
    double threshold = 0.5;
    Calibration fitted = new Calibration(w[k], java.util.Arrays.copyOf(w, k), 0);
    List<EvaluationSet.Item> tune =
        items.stream()
            .filter(i -> i.split().equals("tune") && i.catalogue().equals("main"))
            .toList();
    for (double t = 0.02; t < 0.9; t += 0.01) {
      EvaluationSet.Measures m = measure(tune, ranked, fitted, t);
      double objective = m.recallAt3() + m.silentOnNoMatch();
      if (List.of(args).contains("--curve")) {
        System.out.printf("threshold %.2f: %s%n", t, m);
      }
      if (objective > best) {
        best = objective;
        threshold = t;
      }
    }
    Calibration calibration = new Calibration(w[k], java.util.Arrays.copyOf(w, k), threshold);
    StringBuilder props = new StringBuilder();
    props
        .append("# Fitted by CalibrateSuggester on the tuning part of the evaluation set (")
        .append(tune.size())
        .append(
            " texts, main catalogue); the held-out part and the unseen standards were not used.\n");
    props.append("model=").append(SentenceEmbedder.MODEL).append('\n');
    props.append(String.format(Locale.ROOT, "bias=%.4f%n", w[k]));
    for (int i = 0; i < k; i++) {
      props.append(String.format(Locale.ROOT, "weight.%s=%.4f%n", Features.NAMES.get(i), w[i]));
    }
    props.append(String.format(Locale.ROOT, "threshold=%.2f%n", threshold));
    System.out.print(props);
    for (String split : List.of("tune", "holdout")) {
      for (String cat : List.of("main", "unseen")) {
        List<EvaluationSet.Item> part =
            items.stream()
                .filter(i -> i.split().equals(split) && i.catalogue().equals(cat))
                .toList();
        System.out.println(
            cat + "/" + split + ": " + measure(part, ranked, calibration, threshold));
        System.out.println(
            "   unthresholded recall@3: "
                + String.format("%.1f%%", 100 * measure(part, ranked, calibration, 0).recallAt3()));
      }
    }
    if (List.of(args).contains("--misses")) {
      for (EvaluationSet.Item item : tune) {
        List<Suggester.Ranked> scored = new ArrayList<>(ranked.get(item.id()));
        scored.sort(
            (a, b) ->
                Double.compare(calibration.score(b.features()), calibration.score(a.features())));
        List<String> ids = scored.stream().map(r -> r.entry().criterion().id()).toList();
        for (String c : item.criteria()) {
          int rank = ids.indexOf(c);
          if (rank >= 3) {
            System.out.printf(
                "%s gold %s at rank %d; top: %s%n   text: %s%n   gold: %s%n   top1: %s%n",
                item.id(),
                c,
                rank + 1,
                ids.subList(0, 3),
                item.text().replace('\n', ' ').substring(0, Math.min(220, item.text().length())),
                scored.get(rank).entry().criterion().text(),
                scored.get(0).entry().criterion().text());
          }
        }
      }
    }
    if (List.of(args).contains("--write")) {
      Files.writeString(Path.of("src/main/resources", Calibration.RESOURCE), props);
      System.out.println("written");
    }
  }

  static EvaluationSet.Measures measure(
      List<EvaluationSet.Item> items,
      Map<String, List<Suggester.Ranked>> ranked,
      Calibration c,
      double threshold) {
    Map<String, List<String>> answers = new HashMap<>();
    for (EvaluationSet.Item item : items) {
      List<Suggester.Ranked> scored = new ArrayList<>(ranked.get(item.id()));
      scored.sort((a, b) -> Double.compare(c.score(b.features()), c.score(a.features())));
      List<String> answer = new ArrayList<>();
      for (Suggester.Ranked r : scored) {
        if (answer.size() == Suggester.DEFAULT_TOP || c.score(r.features()) < threshold) {
          break;
        }
        answer.add(r.entry().criterion().id());
      }
      answers.put(item.id(), answer);
    }
    return EvaluationSet.measure(items, answers);
  }

  /** Logistic regression by gradient descent, positives weighted up to balance the classes. */
  static void fit(List<Row> rows, double[] w, int k) {
    long positives = rows.stream().filter(Row::y).count();
    double positiveWeight = (rows.size() - positives) / (double) Math.max(1, positives);
    positiveWeight = Math.sqrt(positiveWeight);
    double rate = 0.5;
    double l2 = 1e-3;
    for (int iter = 0; iter < 4000; iter++) {
      double[] grad = new double[k + 1];
      double total = 0;
      for (Row r : rows) {
        double z = w[k];
        for (int i = 0; i < k; i++) {
          z += w[i] * r.x()[i];
        }
        double p = 1 / (1 + Math.exp(-z));
        double weight = r.y() ? positiveWeight : 1;
        double err = (p - (r.y() ? 1 : 0)) * weight;
        for (int i = 0; i < k; i++) {
          grad[i] += err * r.x()[i];
        }
        grad[k] += err;
        total += weight;
      }
      for (int i = 0; i < k; i++) {
        w[i] -= rate * (grad[i] / total + l2 * w[i]);
      }
      w[k] -= rate * grad[k] / total;
    }
  }
}
