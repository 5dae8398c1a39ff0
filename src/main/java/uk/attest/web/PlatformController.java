package uk.attest.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.people.InvalidInputException;
import uk.attest.people.InvalidInputException.FieldError;
import uk.attest.records.PlatformIngest;
import uk.attest.records.PlatformIngest.PlatformItem;

/**
 * Bulk evidence from the learning platform: a JSON array of items, or NDJSON (one item a line). The
 * batch is stored whole or, if any item is wrong, not at all.
 */
@RestController
class PlatformController {
  static final String NDJSON = "application/x-ndjson";

  private final PlatformIngest ingest;
  private final JsonMapper json;

  PlatformController(PlatformIngest ingest, JsonMapper json) {
    this.ingest = ingest;
    this.json = json;
  }

  @PostMapping(
      value = "/api/platform/evidence",
      consumes = {"application/json", NDJSON})
  PlatformIngest.Result receive(
      @RequestBody String body,
      @org.springframework.web.bind.annotation.RequestHeader("Content-Type") String contentType) {
    List<PlatformItem> items = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    if (contentType.startsWith(NDJSON)) {
      String[] lines = body.split("\\R");
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          parse(lines[i], "line " + (i + 1), items, errors);
        }
      }
    } else {
      JsonNode root;
      try {
        root = json.readTree(body);
      } catch (JacksonException e) {
        throw new InvalidInputException("body", "not JSON: " + e.getOriginalMessage());
      }
      if (root == null || !root.isArray()) {
        throw new InvalidInputException(
            "body", "must be a JSON array of evidence items (or send NDJSON as " + NDJSON + ")");
      }
      for (int i = 0; i < root.size(); i++) {
        parse(root.get(i).toString(), "items[" + i + "]", items, errors);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return ingest.ingest(items);
  }

  private void parse(String text, String at, List<PlatformItem> items, List<FieldError> errors) {
    try {
      items.add(json.readValue(text, PlatformItem.class));
    } catch (JacksonException e) {
      errors.add(new FieldError(at + JsonPaths.of(e), "not valid: " + e.getOriginalMessage()));
    }
  }
}
