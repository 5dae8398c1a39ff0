package uk.attest.suggestions;

import java.util.List;

/**
 * The measures of how well a text matches one criterion, each roughly in 0..1.
 *
 * <ul>
 *   <li>{@code meaning}: the closest passage of the text to the criterion, by sentence vectors;
 *   <li>{@code meaningWhole}: the whole text (its passages' mean) to the criterion;
 *   <li>{@code words}: BM25 of the best passage against the criterion, over the criterion's own
 *       BM25 against itself (the share of its weighted words the passage has);
 *   <li>{@code wordsWhole}: the same for the whole text;
 *   <li>{@code unitMeaning}: the closest passage to the unit's title and keywords;
 *   <li>{@code unitWords}: BM25 of the whole text against the unit's title, keywords and overview.
 * </ul>
 */
final class Features {
  static final List<String> NAMES =
      List.of(
          "meaning",
          "meaningPart",
          "meaningWhole",
          "words",
          "wordsWhole",
          "unitMeaning",
          "unitWords",
          "unitBest");

  private Features() {}
}
