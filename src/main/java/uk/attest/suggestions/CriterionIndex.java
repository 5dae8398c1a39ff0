package uk.attest.suggestions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import uk.attest.catalogue.Criterion;
import uk.attest.catalogue.NosUnit;

/**
 * The criteria of a set of NOS units, ready to be matched: a Lucene BM25 index over each
 * criterion's own words and over its unit's title, keywords and overview, and each criterion's and
 * unit's sentence vector. Built once per catalogue version (about a second for 250 criteria).
 */
final class CriterionIndex {
  static final String BODY = "body";
  static final String UNIT = "unit";
  private static final int MAX_QUERY_TERMS = 1000;

  /** One criterion with what it is matched by. */
  record Entry(
      int doc,
      Criterion criterion,
      NosUnit unit,
      float[] vector,
      float[] unitVector,
      float[][] parts,
      Map<String, String> stems,
      double selfBody,
      double selfUnit) {}

  private final List<Entry> entries;
  private final IndexSearcher searcher;

  private CriterionIndex(List<Entry> entries, IndexSearcher searcher) {
    this.entries = entries;
    this.searcher = searcher;
  }

  static CriterionIndex of(Collection<NosUnit> units, SentenceEmbedder embedder) {
    List<Criterion> criteria = new ArrayList<>();
    List<NosUnit> unitOf = new ArrayList<>();
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(Stems.ANALYZER);
    config.setSimilarity(new BM25Similarity());
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (NosUnit unit : units) {
        String unitText = unitText(unit);
        for (Criterion c : unit.criteria()) {
          Document doc = new Document();
          doc.add(new StoredField("id", c.id()));
          doc.add(new TextField(BODY, c.text(), Field.Store.NO));
          doc.add(new TextField(UNIT, unitText, Field.Store.NO));
          writer.addDocument(doc);
          criteria.add(c);
          unitOf.add(unit);
        }
      }
      writer.forceMerge(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    IndexSearcher searcher;
    try {
      searcher = new IndexSearcher(DirectoryReader.open(directory));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    searcher.setSimilarity(new BM25Similarity());

    List<String> texts = new ArrayList<>();
    Map<String, Integer> unitRow = new HashMap<>();
    for (Criterion c : criteria) {
      texts.add(sentenceOf(c));
    }
    for (NosUnit unit : units) {
      unitRow.put(unit.code(), texts.size());
      texts.add(unit.title() + ". " + String.join(", ", unit.keywords()));
    }
    List<int[]> partRows = new ArrayList<>();
    for (Criterion c : criteria) {
      List<String> parts = parts(c.text());
      partRows.add(new int[] {texts.size(), parts.size()});
      for (String part : parts) {
        texts.add(part);
      }
    }
    float[][] vectors = embedder.embed(texts);

    CriterionIndex partial = new CriterionIndex(List.of(), searcher);
    List<Entry> entries = new ArrayList<>();
    for (int doc = 0; doc < criteria.size(); doc++) {
      Criterion c = criteria.get(doc);
      NosUnit unit = unitOf.get(doc);
      Map<String, String> stems = Stems.of(c.text());
      double selfBody = partial.scores(BODY, stems.keySet()).getOrDefault(doc, 0.0);
      double selfUnit =
          partial
              .scores(
                  UNIT, Stems.of(unit.title() + " " + String.join(" ", unit.keywords())).keySet())
              .getOrDefault(doc, 0.0);
      entries.add(
          new Entry(
              doc,
              c,
              unit,
              vectors[doc],
              vectors[unitRow.get(unit.code())],
              java.util.Arrays.copyOfRange(
                  vectors, partRows.get(doc)[0], partRows.get(doc)[0] + partRows.get(doc)[1]),
              stems,
              selfBody,
              selfUnit));
    }
    return new CriterionIndex(List.copyOf(entries), searcher);
  }

  /** The words a criterion is embedded as: its own text (measured against "I ..." forms). */
  static String sentenceOf(Criterion c) {
    return c.text().strip();
  }

  /**
   * A criterion's clauses: NOS criteria list several things ("plan, agree and review..., including
   * x, y and z"), and evidence often shows one of them; each clause of four words or more.
   */
  static List<String> parts(String text) {
    List<String> parts = new ArrayList<>();
    for (String piece : text.split(",|;|\\s+including\\s+|\\s+such as\\s+|\\s+so that\\s+")) {
      String p = piece.strip().replaceFirst("^(and|or)\\s+", "");
      if (p.split("\\s+").length >= 4) {
        parts.add(p);
      }
    }
    return parts.size() > 1 ? parts : List.of();
  }

  private static String unitText(NosUnit unit) {
    return unit.title()
        + "\n"
        + String.join(", ", unit.keywords())
        + "\n"
        + (unit.overview() == null ? "" : unit.overview());
  }

  List<Entry> entries() {
    return entries;
  }

  /** BM25 score of every criterion (by document number) for the stems, on one field. */
  Map<Integer, Double> scores(String field, Collection<String> stems) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int n = 0;
    for (String stem : stems) {
      if (n++ == MAX_QUERY_TERMS) {
        break;
      }
      query.add(new TermQuery(new Term(field, stem)), BooleanClause.Occur.SHOULD);
    }
    Map<Integer, Double> scores = new HashMap<>();
    if (n == 0) {
      return scores;
    }
    try {
      int all = Math.max(1, searcher.getIndexReader().maxDoc());
      for (ScoreDoc hit : searcher.search(query.build(), all).scoreDocs) {
        scores.put(hit.doc, (double) hit.score);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return scores;
  }
}
