package uk.attest.suggestions;

import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of suggestions, the same from the command line and the API. */
public final class SuggestionJson {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private SuggestionJson() {}

  /** One suggestion as the API and the command line print it, fields in reading order. */
  public record Item(
      String criterion,
      double score,
      String why,
      String standard,
      String criterionText,
      String sentence,
      List<String> sharedWords) {
    public static Item of(Suggestion s) {
      return new Item(
          s.criterionId(),
          s.score(),
          s.why(),
          s.unitCode(),
          s.criterionText(),
          s.sentence(),
          s.sharedWords());
    }
  }

  public static String write(List<Suggestion> suggestions) {
    return JSON.writeValueAsString(suggestions.stream().map(Item::of).toList()) + "\n";
  }
}
