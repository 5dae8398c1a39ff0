package uk.attest.suggestions;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits evidence text into sentences, and groups neighbouring sentences into short passages for
 * the embedding model: one model call per passage costs much less than one per sentence, and a
 * passage of a few sentences still points a person at the right place.
 */
final class Passages {
  /** Words in one passage at most; a longer sentence is cut into pieces of this size. */
  static final int MAX_WORDS = 32;

  /** Passages read from one text at most (about 19,000 words): the rest is not read. */
  static final int MAX_PASSAGES = 400;

  private Passages() {}

  /** A passage: its text and the sentences it is made of. */
  record Passage(String text, List<String> sentences) {}

  static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    for (String paragraph :
        text.split("\\n\\s*\\n|\\r?\\n(?=\\s*(?:[-*•]|\\d+[.)]|[A-Z][a-z]*:))")) {
      BreakIterator it = BreakIterator.getSentenceInstance(Locale.UK);
      String p = paragraph.replaceAll("\\s+", " ").strip();
      it.setText(p);
      int start = it.first();
      for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
        String sentence = p.substring(start, end).strip();
        if (sentence.isEmpty()) {
          continue;
        }
        String[] words = sentence.split(" ");
        for (int from = 0; from < words.length; from += MAX_WORDS) {
          sentences.add(
              String.join(
                  " ",
                  java.util.Arrays.copyOfRange(
                      words, from, Math.min(words.length, from + MAX_WORDS))));
        }
      }
    }
    return sentences;
  }

  static List<Passage> of(String text) {
    List<Passage> passages = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int words = 0;
    for (String sentence : sentences(text)) {
      int n = sentence.split(" ").length;
      if (!current.isEmpty() && words + n > MAX_WORDS) {
        passages.add(new Passage(String.join(" ", current), List.copyOf(current)));
        current.clear();
        words = 0;
        if (passages.size() == MAX_PASSAGES) {
          return passages;
        }
      }
      current.add(sentence);
      words += n;
    }
    if (!current.isEmpty()) {
      passages.add(new Passage(String.join(" ", current), List.copyOf(current)));
    }
    return passages;
  }
}
