package uk.attest.evidence;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import uk.attest.accounts.Access;
import uk.attest.audit.AuditTrail;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.Criterion;
import uk.attest.catalogue.Qualification;
import uk.attest.catalogue.QualificationUnit;
import uk.attest.evidence.SuggestionRecords.FileText;
import uk.attest.evidence.SuggestionRecords.Reading;
import uk.attest.evidence.SuggestionRecords.Stored;
import uk.attest.learners.PeopleRepository;
import uk.attest.shared.Actor;
import uk.attest.shared.Checks;
import uk.attest.shared.Dates;
import uk.attest.shared.InvalidInputException;
import uk.attest.shared.Limits;
import uk.attest.shared.NotFoundException;
import uk.attest.shared.RateLimit;
import uk.attest.suggestions.Suggester;
import uk.attest.suggestions.Suggesters;
import uk.attest.suggestions.Suggestion;
import uk.attest.suggestions.text.Extracted;
import uk.attest.suggestions.text.TextExtractor;

/**
 * Reads each evidence item once (its title, description, transcript and the text of its files) and
 * suggests the criteria of the learner's registered standards it shows; a person confirms a
 * suggestion, which claims the item against the criterion, or rejects it. Both are audited.
 * Suggestions never judge anything.
 *
 * <p>An item is read in the background as soon as it is stored (after its transaction commits), and
 * otherwise when its suggestions are first asked for. The write that stores an item also queues it
 * in the database (PendingReadings), claimed by this instance for a few minutes; every instance
 * looks now and then for items whose claim lapsed (their instance stopped or died, or its queue was
 * full) and reads them, so no item waits for a person to open it.
 */
@Service
public class EvidenceSuggestions {
  private static final Logger log = LoggerFactory.getLogger(EvidenceSuggestions.class);

  /** Suggestions kept per item, best first. */
  static final int KEPT = 5;

  /** How long an instance has to read an item it claimed before another may claim it. */
  private static final Duration CLAIM = Duration.ofMinutes(5);

  /** The longest text the API accepts to suggest from (about 30,000 words). */
  public static final int MAX_TEXT = 200_000;

  private final EvidenceAccess guard;
  private final EvidenceRepository records;
  private final SuggestionRecords suggestions;
  private final PeopleRepository people;
  private final Catalogue catalogue;
  private final Suggesters suggesters;
  private final Claims claims;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final PendingReadings pending;
  private final Duration sweepEvery;
  private final RateLimit texts;
  private final TextExtractor extractor = new TextExtractor();
  private final String worker = "instance-" + UUID.randomUUID().toString().substring(0, 8);
  private final ScheduledExecutorService sweeper =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "evidence-reader-sweep");
            t.setDaemon(true);
            return t;
          });
  private final ExecutorService background =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(10_000),
          r -> {
            Thread t = new Thread(r, "evidence-reader");
            t.setDaemon(true);
            return t;
          },
          (task, pool) ->
              log.info(
                  "The evidence reader's queue is full; an item will be read when first shown"));

  EvidenceSuggestions(
      EvidenceAccess guard,
      EvidenceRepository records,
      SuggestionRecords suggestions,
      PeopleRepository people,
      Catalogue catalogue,
      Suggesters suggesters,
      Claims claims,
      Access access,
      AuditTrail audit,
      Clock clock,
      TransactionTemplate transaction,
      PendingReadings pending,
      @Value("${attest.suggestions.sweep-every:30s}") Duration sweepEvery,
      @Value("${attest.limits.suggestions-per-minute:60}") int textsPerMinute) {
    this.guard = guard;
    this.records = records;
    this.suggestions = suggestions;
    this.people = people;
    this.catalogue = catalogue;
    this.suggesters = suggesters;
    this.claims = claims;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
    this.transaction = transaction;
    this.pending = pending;
    this.sweepEvery = sweepEvery;
    // Each text costs about 50 ms of a core (the embedding model): one account cannot take the
    // instance's cores from everyone else.
    this.texts =
        new RateLimit("suggestions for a text", textsPerMinute, Duration.ofMinutes(1), clock);
  }

  /** An item's reading, what was read from its files, and its suggestions with their criteria. */
  public record ItemSuggestions(
      Optional<Reading> reading, List<FileText> files, List<Shown> suggestions) {

    public List<Shown> open() {
      return suggestions.stream().filter(s -> s.status() == SuggestionStatus.OPEN).toList();
    }
  }

  /** A stored suggestion beside the criterion it names (empty if the catalogue dropped it). */
  public record Shown(Stored stored, Optional<Criterion> criterion) {
    public SuggestionStatus status() {
      return stored.status();
    }
  }

  public ItemSuggestions forItem(Actor by, String evidenceId) {
    Evidence evidence = guard.evidence(by, evidenceId);
    read(evidence);
    return shown(evidenceId);
  }

  @Transactional
  public ItemSuggestions confirm(Actor by, String evidenceId, String criterionId) {
    Evidence evidence = guard.evidence(by, evidenceId);
    Access.require(
        access.writesEvidence(by, evidence.learnerId()),
        "only the learner and their assigned assessor decide on suggested criteria");
    Stored before = suggestion(evidenceId, criterionId);
    claims.claim(by, evidenceId, List.of(criterionId));
    decide(by, evidence, before, SuggestionStatus.CONFIRMED);
    return shown(evidenceId);
  }

  @Transactional
  public ItemSuggestions reject(Actor by, String evidenceId, String criterionId) {
    Evidence evidence = guard.evidence(by, evidenceId);
    guard.lock(by, evidence.learnerId());
    Access.require(
        access.writesEvidence(by, evidence.learnerId()),
        "only the learner and their assigned assessor decide on suggested criteria");
    decide(by, evidence, suggestion(evidenceId, criterionId), SuggestionStatus.REJECTED);
    return shown(evidenceId);
  }

  /**
   * Suggestions for a text that is not stored: against the given standards, or every standard of
   * the catalogue when none is given.
   */
  public List<Suggestion> forText(Actor by, String text, List<String> standards, Integer top) {
    texts.take(by.accountId() == null ? by.name() : by.accountId());
    Checks checks = new Checks();
    String body = checks.freeText("text", text, MAX_TEXT, true);
    List<String> codes =
        standards == null
            ? List.of()
            : checks.ids("standards", standards, 1000, Limits.CATALOGUE_ID);
    int n = top == null ? Suggester.DEFAULT_TOP : top;
    checks.check(n >= 1 && n <= 50, "top", "must be a number from 1 to 50, found " + n);
    checks.done();
    List<String> unknown = codes.stream().filter(c -> catalogue.unit(c).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(
          "standards", "names no standard in the catalogue: " + String.join(", ", unknown));
    }
    return suggesters.suggester().suggest(body, codes, n);
  }

  /** Queues the item in the database, inside the write that stores it, claimed by this instance. */
  @EventListener
  void storing(EvidenceStored event) {
    OffsetDateTime now = Dates.now(clock);
    pending.queue(event.evidenceId(), worker, now, now.plus(CLAIM));
  }

  /** Reads an item in the background once the transaction that stored it has committed. */
  @TransactionalEventListener
  void stored(EvidenceStored event) {
    background.execute(() -> readQuietly(event.evidenceId()));
  }

  /**
   * Claims items whose claim lapsed, a few at a time, and reads them: every instance does this
   * every half minute, so an item stored by an instance that died is read by another.
   */
  @EventListener(ApplicationReadyEvent.class)
  void sweep() {
    sweeper.scheduleWithFixedDelay(
        () -> {
          try {
            readLapsed();
          } catch (RuntimeException e) {
            log.warn("Could not look for items to read: {}", e.toString());
          }
        },
        sweepEvery.toMillis(),
        sweepEvery.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    sweeper.shutdownNow();
    background.shutdownNow();
  }

  void readLapsed() {
    OffsetDateTime now = Dates.now(clock);
    List<String> claimed =
        transaction.execute(t -> pending.claimLapsed(worker, now, now.plus(CLAIM), 20));
    for (String id : claimed) {
      background.execute(() -> readQuietly(id));
    }
  }

  private void readQuietly(String evidenceId) {
    try {
      records.evidence(evidenceId).ifPresentOrElse(this::read, () -> pending.done(evidenceId));
    } catch (RuntimeException e) {
      log.warn("Could not read evidence {} for suggestions: {}", evidenceId, e.toString());
    }
  }

  /** Reads the item and stores its suggestions, unless it has been read already. */
  void read(Evidence evidence) {
    if (suggestions.reading(evidence.id()).isPresent()) {
      pending.done(evidence.id());
      return;
    }
    List<String> standards = standards(evidence.learnerId());
    List<FileText> files = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    // The title ends as a sentence, so a quoted passage does not run it into the description.
    String title = evidence.title().strip();
    append(text, title.matches(".*[.!?:]$") ? title : title + ".");
    append(text, evidence.description());
    append(text, evidence.transcript());
    for (EvidenceFile file : records.files(evidence.id())) {
      Extracted extracted;
      try (InputStream content = records.content(file.id())) {
        extracted = extractor.extract(content, file.mediaType());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (IllegalArgumentException e) {
        extracted = new Extracted("", false, "Files of this type are not read.");
      }
      files.add(new FileText(file.id(), extracted.text(), extracted.truncated(), extracted.note()));
      if (extracted.note() != null && !extracted.note().isBlank()) {
        notes.add(file.fileName() + ": " + extracted.note());
      }
      append(text, extracted.text());
    }
    Set<String> claimed = Set.copyOf(records.claims(evidence.id()));
    // Criteria a person already decided on (kept when the files are replaced) are not suggested
    // again.
    Set<String> decided =
        suggestions.suggestions(evidence.id()).stream()
            .map(Stored::criterionId)
            .collect(Collectors.toSet());
    List<Suggestion> found =
        suggesters.suggester().suggest(text.toString(), standards, KEPT + decided.size()).stream()
            .filter(s -> !claimed.contains(s.criterionId()) && !decided.contains(s.criterionId()))
            .limit(KEPT)
            .toList();
    Reading reading =
        new Reading(
            evidence.id(),
            Dates.now(clock),
            text.length(),
            notes.isEmpty() ? null : String.join(" ", notes),
            Suggester.model(),
            suggesters.catalogueVersion(),
            standards);
    try {
      transaction.executeWithoutResult(
          t -> {
            suggestions.store(reading, files, found);
            pending.done(evidence.id());
          });
    } catch (DuplicateKeyException e) {
      // The background reader and a first request (or two instances) read the same item at once;
      // whichever stored first stands, and this reading is the same, so the loser has nothing to
      // add.
    }
  }

  /** The NOS units of the learner's registered qualifications; every unit when there are none. */
  private List<String> standards(String learnerId) {
    Set<String> codes = new LinkedHashSet<>();
    for (var registration : people.registrations(learnerId)) {
      catalogue.qualification(registration.qualificationId()).stream()
          .map(Qualification::units)
          .flatMap(List::stream)
          .map(QualificationUnit::nosCode)
          .forEach(codes::add);
    }
    return List.copyOf(codes);
  }

  private Stored suggestion(String evidenceId, String criterionId) {
    return suggestions
        .suggestion(evidenceId, criterionId)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "suggestion of evidence " + evidenceId + " for", criterionId));
  }

  private void decide(Actor by, Evidence evidence, Stored before, SuggestionStatus status) {
    if (before.status() == status) {
      return;
    }
    suggestions.decide(
        evidence.id(), before.criterionId(), status, by.accountId(), Dates.now(clock));
    audit.record(
        by,
        status == SuggestionStatus.CONFIRMED ? "suggestion.confirmed" : "suggestion.rejected",
        "evidence " + evidence.id(),
        evidence.learnerId(),
        Map.of("criterion", before.criterionId(), "status", before.status().name()),
        Map.of(
            "criterion",
            before.criterionId(),
            "status",
            status.name(),
            "score",
            before.score(),
            "why",
            before.why()));
  }

  private ItemSuggestions shown(String evidenceId) {
    return new ItemSuggestions(
        suggestions.reading(evidenceId),
        suggestions.fileTexts(evidenceId),
        suggestions.suggestions(evidenceId).stream()
            .map(s -> new Shown(s, catalogue.criterion(s.criterionId())))
            .toList());
  }

  private static void append(StringBuilder text, String part) {
    if (part != null && !part.isBlank()) {
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      text.append(part.strip());
    }
  }
}
