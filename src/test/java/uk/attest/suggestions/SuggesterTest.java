package uk.attest.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.CatalogueLoader;

/** What the suggester proposes for evidence text, and why, against the demo catalogue. */
class SuggesterTest {
  private static Suggester suggester;

  @BeforeAll
  static void overTheDemoCatalogue() {
    Catalogue catalogue = CatalogueLoader.load(Path.of("criteria"));
    suggester = Suggester.over(catalogue);
  }

  private static final String NEGOTIATION =
      "Last month I ran the negotiation with our biggest marketplace partner about their new"
          + " commission rates. I modelled what a 2% rise would do to our margin on each category"
          + " and set our walk-away point before the call. We agreed to keep the returns fee flat"
          + " for a year in exchange for a bigger promotional slot.";

  @Test
  void evidence_of_negotiating_with_a_marketplace_suggests_the_marketplace_criterion_first() {
    List<Suggestion> suggestions = suggester.suggest(NEGOTIATION, List.of(), 5);

    assertThat(suggestions).isNotEmpty();
    Suggestion first = suggestions.get(0);
    assertThat(first.criterionId()).isEqualTo("ATTECL12.P2");
    assertThat(first.score()).isBetween(0.0, 1.0);
  }

  @Test
  void a_suggestion_quotes_the_sentence_that_matched_and_the_words_it_shares() {
    Suggestion first = suggester.suggest(NEGOTIATION, List.of(), 1).get(0);

    assertThat(NEGOTIATION).contains(first.sentence());
    assertThat(first.sharedWords()).contains("negotiation", "marketplace");
    assertThat(first.why()).contains(first.sentence()).contains("negotiation");
  }

  @Test
  void suggestions_come_best_first_and_no_more_than_asked_for() {
    List<Suggestion> suggestions = suggester.suggest(NEGOTIATION, List.of(), 3);

    assertThat(suggestions).hasSizeLessThanOrEqualTo(3);
    assertThat(suggestions)
        .extracting(Suggestion::score)
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void a_text_about_something_else_entirely_gets_no_suggestion() {
    String weekend =
        "On Saturday I took my daughter to the swimming pool and afterwards we baked a lemon"
            + " cake. The oven was too hot so the top burnt a bit, but we scraped it off and it"
            + " tasted fine.";

    assertThat(suggester.suggest(weekend, List.of(), 5)).isEmpty();
  }

  @Test
  void an_empty_text_gets_no_suggestion() {
    assertThat(suggester.suggest("", List.of(), 5)).isEmpty();
    assertThat(suggester.suggest("   \n ", List.of(), 5)).isEmpty();
  }

  @Test
  void only_the_standards_asked_for_are_suggested() {
    List<Suggestion> suggestions = suggester.suggest(NEGOTIATION, List.of("ATTECL07"), 5);

    assertThat(suggestions).isNotEmpty();
    assertThat(suggestions).allSatisfy(s -> assertThat(s.unitCode()).isEqualTo("ATTECL07"));
  }

  @Test
  void knowledge_items_rank_first_when_the_text_explains_what_the_learner_knows() {
    String explains =
        "Coach: How do you know if the wishlist feature actually caused the extra spend? Me: I"
            + " don't, yet. Wishlist users were already our keenest shoppers, so the link could be"
            + " correlation, not causation. The sample was small too, so I would want a proper"
            + " test with a control group and check the difference is statistically significant.";

    assertThat(suggester.rank(explains, List.of()).get(0).entry().criterion().id())
        .isEqualTo("ATTECL13.K5");
  }

  @Test
  void a_long_sentence_is_cut_into_passages_of_a_few_dozen_words() {
    String longSentence = "word ".repeat(100).strip();

    assertThat(Passages.of(longSentence))
        .allSatisfy(
            p -> assertThat(p.text().split(" ")).hasSizeLessThanOrEqualTo(Passages.MAX_WORDS));
  }

  @Test
  void a_criterion_listing_several_things_is_also_matched_by_each_of_them() {
    assertThat(
            CriterionIndex.parts(
                "negotiation techniques, including preparation, best alternatives to a negotiated"
                    + " agreement, concession planning and closing"))
        .contains("best alternatives to a negotiated agreement");
  }
}
