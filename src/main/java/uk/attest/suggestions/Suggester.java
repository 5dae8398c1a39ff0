package uk.attest.suggestions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.attest.catalogue.NosUnit;

/**
 * Ranks the criteria of a set of NOS units for a text, and keeps only those it is confident of.
 * Reads only: it never claims or judges anything. Safe to share between threads.
 */
public final class Suggester {
  /** How many suggestions a caller gets unless it asks for another number. */
  public static final int DEFAULT_TOP = 5;

  private final CriterionIndex index;
  private final SentenceEmbedder embedder;
  private final Calibration calibration;

  Suggester(CriterionIndex index, SentenceEmbedder embedder, Calibration calibration) {
    this.index = index;
    this.embedder = embedder;
    this.calibration = calibration;
  }

  /** A suggester over these units, with the model and the calibration shipped in the jar. */
  public static Suggester over(Collection<NosUnit> units) {
    SentenceEmbedder embedder = SentenceEmbedder.shared();
    return new Suggester(CriterionIndex.of(units, embedder), embedder, Calibration.load());
  }

  private static final java.util.Map<String, Suggester> BY_CATALOGUE =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(4, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<String, Suggester> eldest) {
              return size() > 4;
            }
          });

  /**
   * The suggester over every unit of a catalogue, built once per catalogue version in this process
   * (the version is a hash of the catalogue's content).
   */
  public static Suggester over(uk.attest.catalogue.Catalogue catalogue) {
    return BY_CATALOGUE.computeIfAbsent(catalogue.version(), v -> over(catalogue.units()));
  }

  /** The model's name, for the record of where a suggestion came from. */
  public static String model() {
    return SentenceEmbedder.MODEL;
  }

  /**
   * The criteria the text shows with confidence, best first, at most {@code top}: an empty list
   * means no confident match.
   *
   * @param units the codes of the units to consider; empty for every unit of the index
   */
  public List<Suggestion> suggest(String text, Collection<String> units, int top) {
    List<Suggestion> confident = new ArrayList<>();
    for (Ranked r : rank(text, units)) {
      if (confident.size() == top || r.score() < calibration.threshold()) {
        break;
      }
      confident.add(explain(r));
    }
    return confident;
  }

  /** One criterion's match: its features, score and the passage that matched best. */
  record Ranked(
      CriterionIndex.Entry entry, double[] features, double score, Passages.Passage best) {}

  /** Every criterion of the units, best first, confident or not. */
  List<Ranked> rank(String text, Collection<String> units) {
    List<Passages.Passage> passages = Passages.of(text == null ? "" : text);
    if (passages.isEmpty()) {
      return List.of();
    }
    Set<String> allowed = Set.copyOf(units);
    float[][] vectors = embedder.embed(passages.stream().map(Passages.Passage::text).toList());
    float[] whole = mean(vectors);

    List<Map<Integer, Double>> passageWords = new ArrayList<>();
    Map<String, String> wholeStems = new LinkedHashMap<>();
    for (Passages.Passage p : passages) {
      Map<String, String> stems = Stems.of(p.text());
      stems.forEach(wholeStems::putIfAbsent);
      passageWords.add(
          passages.size() == 1 ? null : index.scores(CriterionIndex.BODY, stems.keySet()));
    }
    Map<Integer, Double> wholeWords = index.scores(CriterionIndex.BODY, wholeStems.keySet());
    Map<Integer, Double> unitWords = index.scores(CriterionIndex.UNIT, wholeStems.keySet());

    List<Ranked> ranked = new ArrayList<>();
    Map<String, Double> unitMeaning = new HashMap<>();
    for (CriterionIndex.Entry e : index.entries()) {
      if (!allowed.isEmpty() && !allowed.contains(e.unit().code())) {
        continue;
      }
      double selfBody = Math.max(e.selfBody(), 1e-6);
      double meaning = -1;
      double words = 0;
      double bestJoint = Double.NEGATIVE_INFINITY;
      Passages.Passage best = passages.get(0);
      for (int p = 0; p < passages.size(); p++) {
        double m = SentenceEmbedder.dot(vectors[p], e.vector());
        Map<Integer, Double> pw = passageWords.get(p);
        double w = (pw == null ? wholeWords : pw).getOrDefault(e.doc(), 0.0) / selfBody;
        meaning = Math.max(meaning, m);
        words = Math.max(words, w);
        if (m + 0.5 * w > bestJoint) {
          bestJoint = m + 0.5 * w;
          best = passages.get(p);
        }
      }
      double unitM =
          unitMeaning.computeIfAbsent(
              e.unit().code(),
              code -> {
                double max = -1;
                for (float[] v : vectors) {
                  max = Math.max(max, SentenceEmbedder.dot(v, e.unitVector()));
                }
                return max;
              });
      double part = meaning;
      for (float[] v : vectors) {
        for (float[] pv : e.parts()) {
          part = Math.max(part, SentenceEmbedder.dot(v, pv));
        }
      }
      double[] features = {
        meaning,
        part,
        SentenceEmbedder.dot(whole, e.vector()),
        Math.min(words, 1.5),
        Math.min(wholeWords.getOrDefault(e.doc(), 0.0) / selfBody, 1.5),
        unitM,
        Math.min(unitWords.getOrDefault(e.doc(), 0.0) / Math.max(e.selfUnit(), 1e-6), 1.5),
        0 // unitBest, filled in below
      };
      ranked.add(new Ranked(e, features, 0, best));
    }
    Map<String, Double> unitBest = new HashMap<>();
    for (Ranked r : ranked) {
      unitBest.merge(
          r.entry().unit().code(), Math.max(r.features()[0], r.features()[1]), Math::max);
    }
    for (int i = 0; i < ranked.size(); i++) {
      Ranked r = ranked.get(i);
      double[] f = r.features();
      f[f.length - 1] = unitBest.get(r.entry().unit().code());
      ranked.set(i, new Ranked(r.entry(), f, calibration.score(f), r.best()));
    }
    ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
    return ranked;
  }

  private static float[] mean(float[][] vectors) {
    float[] sum = new float[vectors[0].length];
    for (float[] v : vectors) {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += v[i];
      }
    }
    double norm = 0;
    for (float x : sum) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < sum.length; i++) {
      sum[i] /= (float) Math.max(norm, 1e-9);
    }
    return sum;
  }

  /** The suggestion as a person reads it: the sentence that matched and the words it shares. */
  private static Suggestion explain(Ranked r) {
    Map<String, String> criterionStems = r.entry().stems();
    String sentence = r.best().text();
    List<String> shared = List.of();
    int most = 0;
    for (String s : r.best().sentences()) {
      List<String> common = new ArrayList<>();
      Stems.of(s)
          .forEach(
              (stem, word) -> {
                if (criterionStems.containsKey(stem)) {
                  common.add(word);
                }
              });
      if (common.size() > most) {
        most = common.size();
        sentence = s;
        shared = common;
      }
    }
    if (r.best().sentences().size() == 1) {
      sentence = r.best().sentences().get(0);
    }
    String id = r.entry().criterion().id();
    String why =
        shared.isEmpty()
            ? "“" + sentence + "” is close in meaning to " + id + ", with no words in common"
            : "“"
                + sentence
                + "” shares "
                + String.join(", ", shared)
                + " with "
                + id
                + " and is close in meaning";
    return new Suggestion(
        id,
        r.entry().unit().code(),
        r.entry().criterion().text(),
        Math.round(r.score() * 100) / 100.0,
        sentence,
        shared,
        why);
  }
}
