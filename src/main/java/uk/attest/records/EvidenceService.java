package uk.attest.records;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.attest.criteria.Catalogue;
import uk.attest.criteria.Method;
import uk.attest.people.Checks;
import uk.attest.people.ConflictException;
import uk.attest.people.Ids;
import uk.attest.people.InvalidInputException;
import uk.attest.people.NotFoundException;
import uk.attest.people.People.Assessor;
import uk.attest.people.People.Learner;
import uk.attest.people.PeopleRepository;
import uk.attest.records.FileInspector.Inspected;
import uk.attest.records.Records.Evidence;
import uk.attest.records.Records.EvidenceView;
import uk.attest.records.Records.FileInfo;
import uk.attest.records.Records.Judgement;

/**
 * Evidence uploads, claims and judgements. Every change locks the learner, writes, and recomputes
 * the learner's assessment in the same transaction, so a reader sees all of a change or none.
 */
@Service
public class EvidenceService {
  private final PeopleRepository people;
  private final RecordsRepository records;
  private final FileInspector inspector;
  private final LearnerAssessments assessments;
  private final Catalogue catalogue;
  private final Clock clock;

  EvidenceService(
      PeopleRepository people,
      RecordsRepository records,
      FileInspector inspector,
      LearnerAssessments assessments,
      Catalogue catalogue,
      Clock clock) {
    this.people = people;
    this.records = records;
    this.inspector = inspector;
    this.assessments = assessments;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** What an upload says about its evidence. */
  public record EvidenceRequest(
      String title,
      String description,
      String method,
      LocalDate activityDate,
      List<String> criteria,
      Boolean learnerDeclaration,
      WitnessRequest witness) {}

  public record WitnessRequest(String name, String role) {}

  public record JudgementRequest(
      String verdict,
      String proficiency,
      String feedback,
      String assessorId,
      Boolean authenticityConfirmed) {}

  /** The stored item, and whether this call stored it or found it stored by an earlier try. */
  public record Upload(EvidenceView evidence, boolean replayed) {}

  @Transactional
  public Upload upload(
      String learnerId, String idempotencyKey, EvidenceRequest request, List<IncomingFile> files) {
    Learner learner = lock(learnerId);
    Checks checks = new Checks();
    String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
    checks.check(
        key == null || key.length() <= 200, "Idempotency-Key", "must be at most 200 characters");
    checks.check(
        key == null || !key.startsWith(PlatformIngest.KEY_PREFIX),
        "Idempotency-Key",
        "must not start with '"
            + PlatformIngest.KEY_PREFIX
            + "', which marks the learning platform's items");
    Valid valid = validate(request, checks);
    checks.check(!files.isEmpty(), "files", "at least one file is required: the evidence itself");
    List<Inspected> inspected = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      try {
        inspected.add(inspector.inspect(files.get(i), "files[" + i + "]"));
      } catch (InvalidInputException e) {
        e.errors().forEach(err -> checks.add(err.field(), err.message()));
      }
    }
    checks.done();
    requireKnown(valid.criteria());
    String hash = requestHash(request, inspected);
    if (key != null) {
      var earlier = records.evidenceByKey(learnerId, key);
      if (earlier.isPresent()) {
        if (!hash.equals(earlier.get().requestHash())) {
          throw new ConflictException(
              "Idempotency-Key '"
                  + key
                  + "' was already used for a different upload ("
                  + earlier.get().id()
                  + ")");
        }
        return new Upload(view(earlier.get()), true);
      }
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Evidence evidence =
        new Evidence(
            Ids.next("evd"),
            learner.id(),
            valid.title(),
            request.description(),
            valid.method().name(),
            valid.activityDate(),
            request.learnerDeclaration(),
            valid.witnessName(),
            valid.witnessRole(),
            "UPLOAD",
            null,
            null,
            key,
            hash,
            now);
    records.insert(evidence);
    for (int i = 0; i < inspected.size(); i++) {
      Inspected f = inspected.get(i);
      records.insert(
          new FileInfo(
              Ids.next("fil"), evidence.id(), i, f.safeName(), f.mediaType(), f.size(), f.sha256()),
          files.get(i).bytes());
    }
    records.claim(evidence.id(), valid.criteria(), now);
    assessments.recompute(learnerId, "evidence " + evidence.id() + " uploaded");
    return new Upload(view(evidence), false);
  }

  record Valid(
      String title,
      Method method,
      LocalDate activityDate,
      List<String> criteria,
      String witnessName,
      String witnessRole) {}

  /**
   * Checks an evidence request's fields, adding each problem to the checks (criteria are checked
   * later).
   */
  Valid validate(EvidenceRequest request, Checks checks) {
    String title = checks.text("title", request.title(), 300);
    Method method = null;
    if (checks.text("method", request.method(), 40) != null) {
      method = Method.parse(request.method().strip()).orElse(null);
      checks.check(
          method != null,
          "method",
          "unknown method '" + request.method() + "'; methods are " + Method.names());
    }
    LocalDate date = checks.required("activityDate", request.activityDate());
    if (date != null) {
      checks.check(!date.isAfter(assessments.today()), "activityDate", date + " is in the future");
    }
    checks.required("learnerDeclaration", request.learnerDeclaration());
    List<String> criteria =
        request.criteria() == null
            ? List.of()
            : List.copyOf(new LinkedHashSet<>(request.criteria()));
    String witnessName = null;
    String witnessRole = null;
    if (request.witness() != null) {
      witnessName = checks.text("witness.name", request.witness().name(), 200);
      witnessRole = request.witness().role();
    }
    return new Valid(title, method, date, criteria, witnessName, witnessRole);
  }

  /** Unknown criteria are a 422 listing every one of them. */
  void requireKnown(List<String> criteria) {
    List<String> unknown =
        criteria.stream().filter(c -> c == null || catalogue.criterion(c).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      throw new UnknownCriteriaException(unknown);
    }
  }

  @Transactional
  public EvidenceView claim(String evidenceId, List<String> criteria) {
    Evidence evidence = evidence(evidenceId);
    lock(evidence.learnerId());
    if (criteria == null || criteria.isEmpty()) {
      throw new InvalidInputException("criteria", "is required: a list of criterion ids");
    }
    requireKnown(criteria);
    if (records.claim(
            evidenceId, List.copyOf(new LinkedHashSet<>(criteria)), OffsetDateTime.now(clock))
        > 0) {
      assessments.recompute(
          evidence.learnerId(),
          "evidence " + evidenceId + " claimed against " + String.join(", ", criteria));
    }
    return view(evidence);
  }

  @Transactional
  public EvidenceView unclaim(String evidenceId, String criterionId) {
    Evidence evidence = evidence(evidenceId);
    lock(evidence.learnerId());
    if (!records.unclaim(evidenceId, criterionId)) {
      throw new NotFoundException("claim of evidence " + evidenceId + " against", criterionId);
    }
    assessments.recompute(
        evidence.learnerId(),
        "evidence " + evidenceId + " no longer claimed against " + criterionId);
    return view(evidence);
  }

  @Transactional
  /** A judgement, and whether this call stored it or found it stored by an earlier try. */
  public record Decided(Judgement judgement, boolean replayed) {}

  @Transactional
  public Decided judge(String evidenceId, String idempotencyKey, JudgementRequest request) {
    return judge(evidenceId, idempotencyKey, request, OffsetDateTime.now(clock));
  }

  /**
   * Records a judgement made at a given time: the service's clock for the API, the original
   * decision date when demo or imported history is replayed.
   */
  @Transactional
  public Decided judge(
      String evidenceId,
      String idempotencyKey,
      JudgementRequest request,
      OffsetDateTime decidedAt) {
    Evidence evidence = evidence(evidenceId);
    Learner learner = lock(evidence.learnerId());
    Checks checks = new Checks();
    String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
    checks.check(
        key == null || key.length() <= 200, "Idempotency-Key", "must be at most 200 characters");
    String verdict = checks.text("verdict", request.verdict(), 20);
    if (verdict != null) {
      checks.check(
          verdict.equals("ACCEPTED") || verdict.equals("REFERRED"),
          "verdict",
          "must be ACCEPTED or REFERRED");
    }
    String proficiency = request.proficiency() == null ? null : request.proficiency().strip();
    if (proficiency != null) {
      var known = catalogue.policy().proficiency(proficiency);
      checks.check(
          known.isPresent(),
          "proficiency",
          "unknown proficiency '"
              + proficiency
              + "' (the scale has "
              + catalogue.policy().proficiencyNames()
              + ")");
      proficiency = known.map(p -> p.name()).orElse(proficiency);
    }
    checks.check(
        !"ACCEPTED".equals(verdict) || proficiency != null,
        "proficiency",
        "is required when the evidence is accepted");
    checks.check(
        !"REFERRED".equals(verdict) || proficiency == null,
        "proficiency",
        "is recorded only when the evidence is accepted; a referral gives feedback instead");
    checks.check(
        !"REFERRED".equals(verdict)
            || (request.feedback() != null && !request.feedback().isBlank()),
        "feedback",
        "is required when the evidence is referred back");
    checks.check(
        request.feedback() == null || request.feedback().indexOf('\u0000') < 0,
        "feedback",
        "must not contain NUL characters");
    String assessorId = checks.text("assessorId", request.assessorId(), 40);
    Assessor assessor = null;
    if (assessorId != null) {
      assessor = people.assessor(assessorId).orElse(null);
      checks.check(assessor != null, "assessorId", "unknown assessor '" + assessorId + "'");
      checks.check(
          assessor == null || assessor.centreId().equals(learner.centreId()),
          "assessorId",
          "assessor '" + assessorId + "' works at another centre");
    }
    checks.done();
    String hash = FileInspector.sha256(String.valueOf(request).getBytes(StandardCharsets.UTF_8));
    if (key != null) {
      var earlier = records.judgementByKey(evidenceId, key);
      if (earlier.isPresent()) {
        if (!hash.equals(earlier.get().getValue())) {
          throw new ConflictException(
              "Idempotency-Key '"
                  + key
                  + "' was already used for a different judgement ("
                  + earlier.get().getKey()
                  + ")");
        }
        String id = earlier.get().getKey();
        return new Decided(
            records.judgements(evidenceId).stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow(),
            true);
      }
    }
    List<Judgement> history = records.judgements(evidenceId);
    Judgement current = history.isEmpty() ? null : history.get(history.size() - 1);
    Judgement judgement =
        new Judgement(
            Ids.next("jdg"),
            evidenceId,
            verdict,
            proficiency,
            request.feedback(),
            assessor.id(),
            assessor.qualified(),
            Boolean.TRUE.equals(request.authenticityConfirmed()),
            decidedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS),
            current == null ? null : current.id(),
            records.claims(evidenceId));
    records.insert(judgement, key, hash);
    assessments.recompute(
        learner.id(),
        "evidence "
            + evidenceId
            + " "
            + verdict.toLowerCase(java.util.Locale.ROOT)
            + " by "
            + assessor.id());
    return new Decided(judgement, false);
  }

  @Transactional(readOnly = true)
  public EvidenceView get(String evidenceId) {
    return view(evidence(evidenceId));
  }

  @Transactional(readOnly = true)
  public List<EvidenceView> list(String learnerId) {
    people.learner(learnerId).orElseThrow(() -> new NotFoundException("learner", learnerId));
    Map<String, List<String>> claims = records.claimsOf(learnerId);
    Map<String, List<Judgement>> judgements = records.judgementsOf(learnerId);
    Map<String, List<FileInfo>> files = records.filesOf(learnerId);
    return records.evidenceOf(learnerId).stream()
        .map(
            e ->
                new EvidenceView(
                    e,
                    files.getOrDefault(e.id(), List.of()),
                    claims.getOrDefault(e.id(), List.of()),
                    judgements.getOrDefault(e.id(), List.of())))
        .toList();
  }

  /** A stored file's facts and bytes. */
  public record Download(FileInfo info, byte[] content) {}

  @Transactional(readOnly = true)
  public Download file(String evidenceId, String fileId) {
    FileInfo info =
        records.files(evidence(evidenceId).id()).stream()
            .filter(f -> f.id().equals(fileId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("file", fileId));
    return new Download(info, records.content(evidenceId, fileId).orElseThrow());
  }

  private Evidence evidence(String id) {
    return records.evidence(id).orElseThrow(() -> new NotFoundException("evidence", id));
  }

  private Learner lock(String learnerId) {
    return people
        .lockLearner(learnerId)
        .orElseThrow(() -> new NotFoundException("learner", learnerId));
  }

  private EvidenceView view(Evidence e) {
    return new EvidenceView(
        e, records.files(e.id()), records.claims(e.id()), records.judgements(e.id()));
  }

  /**
   * A fingerprint of an upload, so a retry with the same key can be told from a different upload.
   */
  private static String requestHash(EvidenceRequest request, List<Inspected> files) {
    StringBuilder text = new StringBuilder();
    text.append(request.title())
        .append('\u0000')
        .append(request.description())
        .append('\u0000')
        .append(request.method())
        .append('\u0000')
        .append(request.activityDate())
        .append('\u0000')
        .append(request.criteria())
        .append('\u0000')
        .append(request.learnerDeclaration())
        .append('\u0000')
        .append(request.witness());
    files.forEach(
        f -> text.append('\u0000').append(f.safeName()).append('\u0000').append(f.sha256()));
    return FileInspector.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
