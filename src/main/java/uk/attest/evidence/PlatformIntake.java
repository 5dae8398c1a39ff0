package uk.attest.evidence;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.accounts.Access;
import uk.attest.audit.AuditTrail;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.Method;
import uk.attest.learners.People.Learner;
import uk.attest.learners.PeopleRepository;
import uk.attest.shared.Actor;
import uk.attest.shared.Checks;
import uk.attest.shared.ConflictException;
import uk.attest.shared.Dates;
import uk.attest.shared.Enums;
import uk.attest.shared.InvalidInputException;
import uk.attest.shared.InvalidInputException.FieldError;
import uk.attest.shared.JsonPaths;
import uk.attest.shared.Limits;

/**
 * Evidence pushed by the learning platform: conversations, practice scenarios and workplace
 * examples, with transcripts, already mapped to criteria and awaiting an assessor. A batch is
 * checked whole and stored whole; an item seen before (same platform id) is not stored twice.
 */
@Service
public class PlatformIntake {
  /** The largest batch accepted in one request. */
  public static final int MAX_ITEMS = 1000;

  /** Marks the platform's items among a learner's keys; uploads may not use it. */
  public static final String KEY_PREFIX = "platform:";

  private final PeopleRepository people;
  private final EvidenceRepository records;
  private final LearnerAssessments assessments;
  private final Catalogue catalogue;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  PlatformIntake(
      PeopleRepository people,
      EvidenceRepository records,
      LearnerAssessments assessments,
      Catalogue catalogue,
      Access access,
      AuditTrail audit,
      Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.people = people;
    this.records = records;
    this.assessments = assessments;
    this.catalogue = catalogue;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** One item from the platform; the learner is named by id or by ULN. */
  public record PlatformItem(
      @Schema(maxLength = Limits.EXTERNAL_ID, description = "The platform's own id of the item")
          String externalId,
      @Schema(maxLength = Limits.ID) String learnerId,
      @Schema(maxLength = Limits.ULN) String learnerUln,
      @Schema(maxLength = Limits.CHOICE) String kind,
      @Schema(maxLength = Limits.CHOICE) String method,
      @Schema(maxLength = Limits.TITLE) String title,
      @Schema(maxLength = Limits.DESCRIPTION, description = "Free text; may run over lines")
          String summary,
      @Schema(maxLength = Limits.TRANSCRIPT, description = "Free text; may run over lines")
          String transcript,
      @Schema(description = "When it happened: from 1970-01-01 to today") LocalDate occurredOn,
      @ArraySchema(
              maxItems = Limits.CRITERIA,
              schema = @Schema(maxLength = Limits.CRITERION, description = "A criterion id"))
          List<String> criteria,
      Boolean learnerDeclaration) {}

  public record Stored(String externalId, String evidenceId, String learnerId) {}

  public record Result(List<Stored> stored, List<Stored> alreadyStored) {}

  /**
   * One item read from the JSON the platform sends (an array element, an NDJSON line or a Kafka
   * message), strictly as the service's mapper reads JSON: a misspelt field is an error. The error
   * names the field after {@code at} ("line 3.occurredOn").
   */
  public static PlatformItem read(JsonMapper json, String text, String at) {
    try {
      return json.readValue(text, PlatformItem.class);
    } catch (JacksonException e) {
      throw new InvalidInputException(at + JsonPaths.of(e), JsonPaths.describe(e));
    }
  }

  /** Refuses anyone but the platform; the controller asks before it reads a batch. */
  public void checkSender(Actor by) {
    Access.require(access.ingests(by), "only the learning platform's account sends evidence here");
  }

  @Transactional
  public Result ingest(Actor by, List<PlatformItem> items) {
    checkSender(by);
    if (items.isEmpty()) {
      throw new InvalidInputException("items", "the batch is empty");
    }
    if (items.size() > MAX_ITEMS) {
      throw new InvalidInputException(
          "items", "at most " + MAX_ITEMS + " items in one batch, found " + items.size());
    }
    List<FieldError> errors = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<Learner> learners = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      learners.add(check(items.get(i), "items[" + i + "]", errors, unknown));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (!unknown.isEmpty()) {
      throw new UnknownCriteriaException(List.copyOf(new LinkedHashSet<>(unknown)));
    }
    // Lock the learners in id order so two batches touching the same learners cannot deadlock.
    Map<String, Learner> byId = new TreeMap<>();
    learners.forEach(l -> byId.put(l.id(), l));
    byId.keySet().forEach(people::lockLearner);

    List<Stored> stored = new ArrayList<>();
    List<Stored> seen = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    List<Runnable> audits = new ArrayList<>();
    OffsetDateTime now = Dates.now(clock);
    for (int i = 0; i < items.size(); i++) {
      PlatformItem item = items.get(i);
      Learner learner = learners.get(i);
      Idempotency receipt =
          new Idempotency(KEY_PREFIX + item.externalId().strip(), fingerprint(item));
      Optional<Evidence> earlier = records.evidenceByKey(learner.id(), receipt.key());
      switch (receipt.against(earlier.map(Evidence::fingerprint))) {
        case REPEATED -> seen.add(new Stored(item.externalId(), earlier.get().id(), learner.id()));
        case CHANGED -> conflicts.add(item.externalId());
        case NEW -> {
          Evidence e = toEvidence(item).stored(learner.id(), receipt, now, by.accountId());
          records.insert(e);
          records.claim(e.id(), claimed(item), now);
          if (claimed(item).isEmpty()) {
            events.publishEvent(new EvidenceStored(e.id()));
          }
          Map<String, Object> after = new LinkedHashMap<>();
          after.put("externalId", item.externalId().strip());
          after.put("kind", e.platformKind());
          after.put("title", e.title());
          after.put("method", e.method());
          after.put("activityDate", e.activityDate().toString());
          after.put("criteria", claimed(item));
          audits.add(
              () ->
                  audit.record(
                      by, "evidence.received", "evidence " + e.id(), learner.id(), null, after));
          stored.add(new Stored(item.externalId(), e.id(), learner.id()));
        }
      }
    }
    if (!conflicts.isEmpty()) {
      // Rolls the whole batch back: a changed item must not be half taken.
      throw new ConflictException(
          "items already stored with different content (platform ids "
              + String.join(", ", conflicts)
              + "); nothing in this batch was stored");
    }
    stored.stream()
        .map(Stored::learnerId)
        .distinct()
        .sorted()
        .forEach(id -> assessments.recompute(id, "platform evidence received"));
    // Audit last, so the trail's lock is held only while this batch commits.
    audits.forEach(Runnable::run);
    return new Result(stored, seen);
  }

  /** A checked item as new evidence: recorded as its kind's method unless it names one. */
  private static NewEvidence toEvidence(PlatformItem item) {
    PlatformKind kind = PlatformKind.valueOf(item.kind().strip());
    Method method = item.method() == null ? kind.method() : Method.valueOf(item.method().strip());
    return NewEvidence.fromPlatform(
        kind,
        method,
        item.title().strip(),
        item.summary(),
        item.transcript(),
        item.occurredOn(),
        item.criteria(),
        item.learnerDeclaration());
  }

  /** The criteria an item is mapped to, once each, as the catalogue spells them. */
  private static List<String> claimed(PlatformItem item) {
    if (item.criteria() == null) {
      return List.of();
    }
    return List.copyOf(new LinkedHashSet<>(item.criteria().stream().map(String::strip).toList()));
  }

  /** What an item says, so a re-sent item can be told from a changed one. */
  private static String fingerprint(PlatformItem item) {
    return Idempotency.fingerprint(
        item.kind(),
        item.method(),
        item.title(),
        item.summary(),
        item.transcript(),
        item.occurredOn(),
        item.criteria(),
        item.learnerDeclaration());
  }

  private Learner check(
      PlatformItem item, String at, List<FieldError> errors, List<String> unknown) {
    if (item == null) {
      errors.add(new FieldError(at, "is not an object"));
      return null;
    }
    Checks checks = new Checks();
    checks.text("externalId", item.externalId(), Limits.EXTERNAL_ID);
    checks.text("title", item.title(), Limits.TITLE);
    checks.freeText("summary", item.summary(), Limits.DESCRIPTION, false);
    checks.freeText("transcript", item.transcript(), Limits.TRANSCRIPT, true);
    String kind = checks.text("kind", item.kind(), Limits.CHOICE);
    if (kind != null && Enums.named(PlatformKind.class, kind).isEmpty()) {
      checks.add(
          "kind",
          "must be one of " + String.join(", ", new TreeSet<>(Enums.names(PlatformKind.class))));
    }
    if (checks.optionalText("method", item.method(), Limits.CHOICE) != null) {
      EvidenceChecks.method(checks, "method", item.method());
    }
    EvidenceChecks.activityDate(checks, "occurredOn", item.occurredOn(), assessments.today());
    checks.required("learnerDeclaration", item.learnerDeclaration());
    // Criteria are optional: an item that arrives without them is read and its criteria suggested
    // to the assessor (EvidenceSuggestions).
    if (item.criteria() != null && !item.criteria().isEmpty()) {
      unknown.addAll(
          EvidenceChecks.unknown(
              catalogue,
              checks.ids("criteria", item.criteria(), Limits.CRITERIA, Limits.CRITERION)));
    }
    String learnerId = checks.optionalText("learnerId", item.learnerId(), Limits.ID);
    String learnerUln = checks.optionalText("learnerUln", item.learnerUln(), Limits.ULN);
    if (!checks.ok()) {
      learnerId = null;
      learnerUln = null;
    }
    Learner learner = null;
    if (learnerId != null) {
      learner = people.learner(learnerId).orElse(null);
      checks.check(learner != null, "learnerId", "unknown learner '" + learnerId + "'");
    } else if (learnerUln != null) {
      learner = people.learnerByUln(learnerUln).orElse(null);
      checks.check(learner != null, "learnerUln", "no learner with ULN '" + learnerUln + "'");
    } else if (item.learnerId() == null && item.learnerUln() == null) {
      checks.add("learnerId", "is required (or learnerUln)");
    }
    try {
      checks.done();
    } catch (InvalidInputException e) {
      e.errors().forEach(err -> errors.add(new FieldError(at + "." + err.field(), err.message())));
    }
    return learner;
  }
}
