package uk.attest.evidence;

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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

/**
 * Evidence pushed by the learning platform: conversations, practice scenarios and workplace
 * examples, with transcripts, already mapped to criteria and awaiting an assessor. A batch is
 * checked whole and stored whole; an item seen before (same platform id) is not stored twice.
 */
@Service
public class PlatformIntake {
  /** The largest batch accepted in one request. */
  public static final int MAX_ITEMS = 1000;

  /** The longest transcript accepted, in characters (about a two-hour conversation). */
  public static final int MAX_TRANSCRIPT = 200_000;

  /** Marks the platform's items among a learner's keys; uploads may not use it. */
  public static final String KEY_PREFIX = "platform:";

  private final PeopleRepository people;
  private final EvidenceRepository records;
  private final LearnerAssessments assessments;
  private final Catalogue catalogue;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  PlatformIntake(
      PeopleRepository people,
      EvidenceRepository records,
      LearnerAssessments assessments,
      Catalogue catalogue,
      Access access,
      AuditTrail audit,
      Clock clock) {
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
      String externalId,
      String learnerId,
      String learnerUln,
      String kind,
      String method,
      String title,
      String summary,
      String transcript,
      LocalDate occurredOn,
      List<String> criteria,
      Boolean learnerDeclaration) {}

  public record Stored(String externalId, String evidenceId, String learnerId) {}

  public record Result(List<Stored> stored, List<Stored> alreadyStored) {}

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
          records.claim(e.id(), List.copyOf(new LinkedHashSet<>(item.criteria())), now);
          Map<String, Object> after = new LinkedHashMap<>();
          after.put("externalId", item.externalId().strip());
          after.put("kind", e.platformKind());
          after.put("title", e.title());
          after.put("method", e.method());
          after.put("activityDate", e.activityDate().toString());
          after.put("criteria", List.copyOf(new LinkedHashSet<>(item.criteria())));
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
    checks.text("externalId", item.externalId(), 180);
    checks.text("title", item.title(), 300);
    checks.text("transcript", item.transcript(), MAX_TRANSCRIPT);
    checks.check(
        item.summary() == null || item.summary().indexOf('\u0000') < 0,
        "summary",
        "must not contain NUL characters");
    String kind = checks.text("kind", item.kind(), 40);
    if (kind != null && Enums.named(PlatformKind.class, kind).isEmpty()) {
      checks.add(
          "kind",
          "must be one of " + String.join(", ", new TreeSet<>(Enums.names(PlatformKind.class))));
    }
    if (item.method() != null) {
      EvidenceChecks.method(checks, "method", item.method());
    }
    LocalDate on = checks.required("occurredOn", item.occurredOn());
    if (on != null) {
      EvidenceChecks.notInFuture(checks, "occurredOn", on, assessments.today());
    }
    checks.required("learnerDeclaration", item.learnerDeclaration());
    if (item.criteria() == null || item.criteria().isEmpty()) {
      checks.add("criteria", "is required: platform evidence arrives mapped to criteria");
    } else {
      unknown.addAll(EvidenceChecks.unknown(catalogue, item.criteria()));
    }
    Learner learner = null;
    if (item.learnerId() != null) {
      learner = people.learner(item.learnerId()).orElse(null);
      checks.check(learner != null, "learnerId", "unknown learner '" + item.learnerId() + "'");
    } else if (item.learnerUln() != null) {
      learner = people.learnerByUln(item.learnerUln()).orElse(null);
      checks.check(
          learner != null, "learnerUln", "no learner with ULN '" + item.learnerUln() + "'");
    } else {
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
