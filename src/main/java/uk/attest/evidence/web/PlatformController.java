package uk.attest.evidence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.evidence.FileInspector;
import uk.attest.evidence.PlatformIntake;
import uk.attest.evidence.PlatformIntake.PlatformItem;
import uk.attest.shared.Actor;
import uk.attest.shared.InvalidInputException;
import uk.attest.shared.InvalidInputException.FieldError;
import uk.attest.shared.JsonPaths;

/**
 * Bulk evidence from the learning platform: a JSON array of items, or NDJSON (one item a line). The
 * batch is stored whole or, if any item is wrong, not at all. Errors name the item as items[i] for
 * an array and as "line n" for NDJSON.
 */
@Tag(
    name = "Learning platform",
    description = "Evidence the learning platform sends in bulk, already mapped to criteria.")
@RestController
class PlatformController {
  static final String NDJSON = "application/x-ndjson";

  /** The largest request body read, in bytes; larger ones get 413 before anything is parsed. */
  static final int MAX_BODY = 32 * 1024 * 1024;

  private static final Pattern ITEM = Pattern.compile("^items\\[(\\d+)\\]");

  private final PlatformIntake intake;
  private final JsonMapper json;

  PlatformController(PlatformIntake intake, JsonMapper json) {
    this.intake = intake;
    this.json = json;
  }

  @Operation(
      summary = "Send a batch of evidence from the learning platform (JSON array or NDJSON)",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content = {
                @Content(
                    mediaType = "application/json",
                    array =
                        @ArraySchema(
                            minItems = 1,
                            maxItems = PlatformIntake.MAX_ITEMS,
                            schema = @Schema(implementation = PlatformItem.class))),
                @Content(
                    mediaType = NDJSON,
                    schema =
                        @Schema(
                            implementation = PlatformItem.class,
                            description = "One item a line"))
              }))
  @PostMapping(
      value = "/api/platform/evidence",
      consumes = {"application/json", NDJSON})
  PlatformIntake.Result receive(Actor actor, HttpServletRequest request) throws IOException {
    intake.checkSender(actor);
    String body = read(request);
    List<PlatformItem> items = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    if (request.getContentType().startsWith(NDJSON)) {
      String[] lines = body.split("\\R");
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          parse(lines[i], "line " + (i + 1), items, labels, errors);
        }
      }
    } else {
      JsonNode root;
      try {
        root = json.readTree(body);
      } catch (JacksonException e) {
        throw new InvalidInputException("body", JsonPaths.describe(e));
      }
      if (root == null || !root.isArray()) {
        throw new InvalidInputException(
            "body", "must be a JSON array of evidence items (or send NDJSON as " + NDJSON + ")");
      }
      for (int i = 0; i < root.size(); i++) {
        parse(root.get(i).toString(), "items[" + i + "]", items, labels, errors);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    try {
      return intake.ingest(actor, items);
    } catch (InvalidInputException e) {
      // The service names items by position; say which line or array item that was.
      throw new InvalidInputException(
          e.errors().stream().map(err -> relabel(err, labels)).toList());
    }
  }

  private static FieldError relabel(FieldError error, List<String> labels) {
    Matcher m = ITEM.matcher(error.field());
    if (!m.find()) {
      return error;
    }
    int index = Integer.parseInt(m.group(1));
    String label = index < labels.size() ? labels.get(index) : m.group();
    return new FieldError(label + error.field().substring(m.end()), error.message());
  }

  private static String read(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > MAX_BODY) {
      throw new FileInspector.RefusedFile(
          "body: the batch is "
              + request.getContentLengthLong()
              + " bytes; the limit is "
              + MAX_BODY,
          true);
    }
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw new FileInspector.RefusedFile(
            "body: the batch is larger than the limit of " + MAX_BODY + " bytes", true);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private void parse(
      String text,
      String at,
      List<PlatformItem> items,
      List<String> labels,
      List<FieldError> errors) {
    try {
      items.add(PlatformIntake.read(json, text, at));
      labels.add(at);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
  }
}
