package uk.attest.evidence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.attest.evidence.EvidenceSuggestions;
import uk.attest.evidence.EvidenceSuggestions.ItemSuggestions;
import uk.attest.shared.Actor;
import uk.attest.shared.Limits;
import uk.attest.suggestions.SuggestionJson;

/** Criteria suggested from evidence text, and a person's confirming or rejecting them. */
@Tag(
    name = "Suggestions",
    description =
        "Which criteria a piece of evidence shows, ranked and explained; a person confirms (which"
            + " claims the item against the criterion) or rejects each. Nothing is judged.")
@RestController
class SuggestionController {
  private final EvidenceSuggestions suggestions;

  SuggestionController(EvidenceSuggestions suggestions) {
    this.suggestions = suggestions;
  }

  /** A text to suggest criteria for: against the standards named, or every standard. */
  record TextRequest(
      @Schema(
              maxLength = EvidenceSuggestions.MAX_TEXT,
              description = "The evidence text; may run over lines")
          String text,
      @ArraySchema(
              maxItems = 1000,
              arraySchema =
                  @Schema(
                      description = "Standard codes (e.g. ATTECL03); all standards when absent"),
              schema = @Schema(maxLength = Limits.CATALOGUE_ID))
          List<String> standards,
      @Schema(minimum = "1", maximum = "50", description = "At most this many (default 5)")
          Integer top) {}

  @Operation(
      summary = "Suggest criteria for a text",
      description =
          "Only confident suggestions, best first; an empty list means no confident match. The text"
              + " is not stored.")
  @PostMapping("/api/suggestions")
  List<SuggestionJson.Item> forText(Actor actor, @RequestBody TextRequest request) {
    return suggestions.forText(actor, request.text(), request.standards(), request.top()).stream()
        .map(SuggestionJson.Item::of)
        .toList();
  }

  @Operation(
      summary = "An evidence item's suggested criteria",
      description =
          "The item is read (title, description, transcript and the text of its files) once; its"
              + " suggestions are against the learner's registered standards.")
  @GetMapping("/api/evidence/{id}/suggestions")
  ItemResponse forItem(Actor actor, @PathVariable String id) {
    return ItemResponse.of(suggestions.forItem(actor, id));
  }

  @Operation(summary = "Confirm a suggestion: the item is claimed against the criterion (audited)")
  @PostMapping("/api/evidence/{id}/suggestions/{criterionId}/confirm")
  ItemResponse confirm(Actor actor, @PathVariable String id, @PathVariable String criterionId) {
    return ItemResponse.of(suggestions.confirm(actor, id, criterionId));
  }

  @Operation(summary = "Reject a suggestion (audited); the item is not claimed against it")
  @PostMapping("/api/evidence/{id}/suggestions/{criterionId}/reject")
  ItemResponse reject(Actor actor, @PathVariable String id, @PathVariable String criterionId) {
    return ItemResponse.of(suggestions.reject(actor, id, criterionId));
  }

  /** What was read from an item, and its suggestions with what people decided. */
  record ItemResponse(
      boolean read,
      OffsetDateTime readAt,
      Integer textCharacters,
      String note,
      List<String> standards,
      String model,
      String catalogueVersion,
      List<FileRead> files,
      List<Suggested> suggestions) {
    static ItemResponse of(ItemSuggestions s) {
      java.util.Optional<uk.attest.evidence.SuggestionRecords.Reading> r = s.reading();
      return new ItemResponse(
          r.isPresent(),
          r.map(x -> x.readAt()).orElse(null),
          r.map(x -> x.textChars()).orElse(null),
          r.map(x -> x.note()).orElse(null),
          r.map(x -> x.standards()).orElse(List.of()),
          r.map(x -> x.model()).orElse(null),
          r.map(x -> x.catalogueVersion()).orElse(null),
          s.files().stream()
              .map(f -> new FileRead(f.fileId(), f.text().length(), f.truncated(), f.note()))
              .toList(),
          s.suggestions().stream()
              .map(
                  x ->
                      new Suggested(
                          x.stored().criterionId(),
                          x.criterion().map(c -> c.unitCode()).orElse(null),
                          x.criterion().map(c -> c.text()).orElse(null),
                          x.stored().score(),
                          x.stored().why(),
                          x.stored().sentence(),
                          x.stored().sharedWords(),
                          x.status().name(),
                          x.stored().decidedAt()))
              .toList());
    }
  }

  record FileRead(String fileId, int characters, boolean truncated, String note) {}

  record Suggested(
      String criterion,
      String standard,
      String criterionText,
      double score,
      String why,
      String sentence,
      List<String> sharedWords,
      @Schema(allowableValues = {"OPEN", "CONFIRMED", "REJECTED"}) String status,
      OffsetDateTime decidedAt) {}
}
