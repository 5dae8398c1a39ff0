package uk.attest.xapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import uk.attest.evidence.PlatformIntake;
import uk.attest.evidence.PlatformIntake.PlatformItem;
import uk.attest.shared.Actor;
import uk.attest.shared.Dates;
import uk.attest.shared.InvalidInputException;
import uk.attest.shared.InvalidInputException.FieldError;

/**
 * The statements resource of an xAPI 1.0.3 learning record store, for the learning platform's
 * account: POST one statement or an array; the answer is the array of statement ids, as an LRS
 * gives. A batch is stored whole or not at all, and a statement sent again is stored once.
 */
@Tag(
    name = "Learning platform",
    description = "Evidence the learning platform sends in bulk, or as xAPI statements.")
@RestController
class XapiController {
  static final String VERSION_HEADER = "X-Experience-API-Version";
  private static final Pattern ITEM = Pattern.compile("^items\\[(\\d+)\\]\\.?(\\w*)");
  private static final Map<String, String> FIELDS =
      Map.of(
          "learnerId", "actor.account.name",
          "learnerUln", "actor.account.name",
          "learner", "actor.account.name",
          "title", "object.definition.name",
          "summary", "object.definition.description",
          "transcript", "result.response",
          "occurredOn", "timestamp",
          "criteria", "context.extensions[" + XapiStatements.CRITERIA + "]",
          "externalId", "id",
          "kind", "object.definition.type");

  private final PlatformIntake intake;
  private final Clock clock;

  XapiController(PlatformIntake intake, Clock clock) {
    this.intake = intake;
    this.clock = clock;
  }

  @Operation(
      summary = "Store xAPI statements (one, or an array) as the learners' evidence",
      description =
          "Requires the X-Experience-API-Version header (1.0.x). The learner is actor.account.name"
              + " (their id in Attest or their ULN); criteria may be given in the context extension"
              + " https://attest.uk/xapi/extensions/criteria, and are otherwise suggested to the"
              + " assessor. Answers the statement ids.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      required = true,
      content =
          @io.swagger.v3.oas.annotations.media.Content(
              mediaType = "application/json",
              schema =
                  @io.swagger.v3.oas.annotations.media.Schema(
                      type = "object",
                      description =
                          "An xAPI 1.0.3 Statement, or an array of them (see the xAPI"
                              + " specification, part two, section 2.4)")))
  @PostMapping(value = "/api/xapi/statements", consumes = "application/json")
  ResponseEntity<List<String>> statements(
      Actor actor,
      @RequestHeader(value = VERSION_HEADER, required = false) String version,
      @RequestBody JsonNode body) {
    intake.checkSender(actor);
    if (version == null || !version.strip().startsWith("1.0")) {
      throw new InvalidInputException(
          VERSION_HEADER,
          "is required and must be 1.0.x (this service speaks xAPI 1.0.3), found "
              + (version == null ? "nothing" : "'" + version + "'"));
    }
    boolean single = body != null && body.isObject();
    if (body == null || !(single || body.isArray())) {
      throw new InvalidInputException("body", "must be a statement or an array of statements");
    }
    List<JsonNode> statements = new ArrayList<>();
    if (single) {
      statements.add(body);
    } else {
      body.forEach(statements::add);
    }
    LocalDate today = Dates.today(clock);
    List<FieldError> errors = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<PlatformItem> items = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      XapiStatements.Read read =
          XapiStatements.read(statements.get(i), label(single, i), clock.getZone(), today, errors);
      if (read != null) {
        ids.add(read.statementId());
        items.add(read.item());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    try {
      intake.ingest(actor, items);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.errors().stream().map(err -> relabel(err, single)).toList());
    }
    return ResponseEntity.ok().header(VERSION_HEADER, "1.0.3").body(ids);
  }

  private static String label(boolean single, int i) {
    return single ? "statement" : "statements[" + i + "]";
  }

  /** The intake names items[i].field; say it as the statement's own path. */
  private static FieldError relabel(FieldError error, boolean single) {
    Matcher m = ITEM.matcher(error.field());
    if (!m.find()) {
      return error;
    }
    String path = FIELDS.getOrDefault(m.group(2), m.group(2));
    String at = label(single, Integer.parseInt(m.group(1)));
    return new FieldError(path.isEmpty() ? at : at + "." + path, error.message());
  }
}
