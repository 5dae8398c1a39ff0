package uk.attest.suggestions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Words reduced to their stems ("negotiated", "negotiating" and "negotiation" all become "negoti"),
 * without the small words that carry no meaning here. The same analysis indexes the criteria and
 * reads the evidence, so the words they share can be shown as the evidence wrote them.
 */
final class Stems {
  private static final CharArraySet STOP_WORDS =
      new CharArraySet(
          java.util.List.of(
              "a",
              "an",
              "and",
              "are",
              "as",
              "at",
              "be",
              "but",
              "by",
              "for",
              "if",
              "in",
              "into",
              "is",
              "it",
              "no",
              "not",
              "of",
              "on",
              "or",
              "such",
              "that",
              "the",
              "their",
              "then",
              "there",
              "these",
              "they",
              "this",
              "to",
              "was",
              "will",
              "with",
              "i",
              "me",
              "my",
              "we",
              "our",
              "us",
              "you",
              "your",
              "he",
              "she",
              "his",
              "her",
              "him",
              "them",
              "its",
              "were",
              "been",
              "being",
              "has",
              "have",
              "had",
              "do",
              "did",
              "does",
              "so",
              "up",
              "out",
              "about",
              "also",
              "what",
              "which",
              "who",
              "whom",
              "how",
              "when",
              "where",
              "why",
              "all",
              "any",
              "can",
              "could",
              "would",
              "should",
              "may",
              "might",
              "must",
              "from",
              "than",
              "those",
              "each",
              "every",
              "very",
              "just",
              "over",
              "after",
              "before",
              "because",
              "while",
              "including",
              "include",
              "other",
              "others",
              "more",
              "most",
              "some",
              "own",
              "same",
              "too",
              "only",
              "both",
              "between",
              "through",
              "during",
              "within",
              "without",
              "against",
              "again",
              "once",
              "here",
              "there",
              "got",
              "get",
              "getting",
              "let",
              "lot",
              "really",
              "yes",
              "okay",
              "ok",
              "well",
              "one",
              "two",
              "three",
              "like",
              "able"),
          true);

  static final Analyzer ANALYZER =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer source = new StandardTokenizer();
          TokenStream stream = new EnglishPossessiveFilter(source);
          stream = new LowerCaseFilter(stream);
          stream = new StopFilter(stream, STOP_WORDS);
          stream = new PorterStemFilter(stream);
          return new TokenStreamComponents(source, stream);
        }
      };

  private Stems() {}

  /** Each stem of the text, first to last, with the word it first came from. */
  static Map<String, String> of(String text) {
    Map<String, String> stems = new LinkedHashMap<>();
    try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String stem = term.toString();
        if (stem.length() > 1 && !stem.chars().allMatch(Character::isDigit)) {
          stems.putIfAbsent(
              stem, text.substring(offset.startOffset(), offset.endOffset()).toLowerCase());
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return stems;
  }
}
