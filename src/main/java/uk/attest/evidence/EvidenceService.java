package uk.attest.evidence;

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
import uk.attest.accounts.Access;
import uk.attest.accounts.Accounts;
import uk.attest.audit.AuditTrail;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.Method;
import uk.attest.evidence.FileInspector.Inspected;
import uk.attest.evidence.Records.Evidence;
import uk.attest.evidence.Records.EvidenceView;
import uk.attest.evidence.Records.FileInfo;
import uk.attest.evidence.Records.Judgement;
import uk.attest.learners.People.Assessor;
import uk.attest.learners.People.Learner;
import uk.attest.learners.PeopleRepository;
import uk.attest.shared.Actor;
import uk.attest.shared.Checks;
import uk.attest.shared.ConflictException;
import uk.attest.shared.Ids;
import uk.attest.shared.InvalidInputException;
import uk.attest.shared.NotFoundException;

/**
 * Evidence uploads, claims, judgements and IQA sampling. Every change checks who is asking, locks
 * the learner, writes, recomputes the learner's assessment and appends to the audit trail in the
 * same transaction, so a reader sees all of a change or none.
 */
@Service
public class EvidenceService {
  private final PeopleRepository people;
  private final RecordsRepository records;
  private final FileInspector inspector;
  private final LearnerAssessments assessments;
  private final Catalogue catalogue;
  private final Access access;
  private final AuditTrail audit;
  private final Accounts accounts;
  private final Clock clock;

  EvidenceService(
      PeopleRepository people,
      RecordsRepository records,
      FileInspector inspector,
      LearnerAssessments assessments,
      Catalogue catalogue,
      Access access,
      AuditTrail audit,
      Clock clock,
      Accounts accounts) {
    this.accounts = accounts;
    this.access = access;
    this.audit = audit;
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

  /** assessorId may be left out: the signed-in assessor judges as themselves. */
  public record JudgementRequest(
      String verdict,
      String proficiency,
      String feedback,
      String assessorId,
      Boolean authenticityConfirmed) {}

  /** An IQA's sampling decision: AGREED, or ACTION_REQUIRED saying what to look at again. */
  public record SampleRequest(String outcome, String comment) {}

  /** The stored item, and whether this call stored it or found it stored by an earlier try. */
  public record Upload(EvidenceView evidence, boolean replayed) {}

  @Transactional
  public Upload upload(
      Actor by,
      String learnerId,
      String idempotencyKey,
      EvidenceRequest request,
      List<IncomingFile> files) {
    Learner learner =
        people
            .lockLearner(learnerId)
            .filter(l -> access.seesLearner(by, l.id(), l.centreId()))
            .orElseThrow(() -> new NotFoundException("learner", learnerId));
    Access.require(
        access.writesEvidence(by, learnerId),
        "only the learner and their assigned assessor add evidence to these records");
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
            now,
            by.accountId());
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
    EvidenceView stored = view(evidence);
    audit.record(
        by, "evidence.uploaded", "evidence " + evidence.id(), learnerId, null, summary(stored));
    return new Upload(stored, false);
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
  public EvidenceView claim(Actor by, String evidenceId, List<String> criteria) {
    Evidence evidence = evidence(by, evidenceId);
    lock(by, evidence.learnerId());
    Access.require(
        access.writesEvidence(by, evidence.learnerId()),
        "only the learner and their assigned assessor claim evidence against criteria");
    if (criteria == null || criteria.isEmpty()) {
      throw new InvalidInputException("criteria", "is required: a list of criterion ids");
    }
    requireKnown(criteria);
    List<String> before = records.claims(evidenceId);
    if (records.claim(
            evidenceId, List.copyOf(new LinkedHashSet<>(criteria)), OffsetDateTime.now(clock))
        > 0) {
      assessments.recompute(
          evidence.learnerId(),
          "evidence " + evidenceId + " claimed against " + String.join(", ", criteria));
      audit.record(
          by,
          "evidence.claimed",
          "evidence " + evidenceId,
          evidence.learnerId(),
          Map.of("criteria", before),
          Map.of("criteria", records.claims(evidenceId)));
    }
    return view(evidence);
  }

  @Transactional
  public EvidenceView unclaim(Actor by, String evidenceId, String criterionId) {
    Evidence evidence = evidence(by, evidenceId);
    lock(by, evidence.learnerId());
    Access.require(
        access.writesEvidence(by, evidence.learnerId()),
        "only the learner and their assigned assessor withdraw claims");
    List<String> before = records.claims(evidenceId);
    if (!records.unclaim(evidenceId, criterionId)) {
      throw new NotFoundException("claim of evidence " + evidenceId + " against", criterionId);
    }
    assessments.recompute(
        evidence.learnerId(),
        "evidence " + evidenceId + " no longer claimed against " + criterionId);
    audit.record(
        by,
        "evidence.unclaimed",
        "evidence " + evidenceId,
        evidence.learnerId(),
        Map.of("criteria", before),
        Map.of("criteria", records.claims(evidenceId)));
    return view(evidence);
  }

  /** A judgement, and whether this call stored it or found it stored by an earlier try. */
  public record Decided(Judgement judgement, boolean replayed) {}

  @Transactional
  public Decided judge(
      Actor by, String evidenceId, String idempotencyKey, JudgementRequest request) {
    return judge(by, evidenceId, idempotencyKey, request, OffsetDateTime.now(clock));
  }

  /**
   * Records a judgement made at a given time: the service's clock for the API, the original
   * decision date when demo or imported history is replayed.
   */
  @Transactional
  public Decided judge(
      Actor by,
      String evidenceId,
      String idempotencyKey,
      JudgementRequest request,
      OffsetDateTime decidedAt) {
    Evidence evidence = evidence(by, evidenceId);
    Learner learner = lock(by, evidence.learnerId());
    // The same person may hold an assessor's and a learner's account: neither judges their own.
    Access.require(
        !(by.has(uk.attest.shared.Role.ASSESSOR)
            && (learner.id().equals(by.learnerId())
                || accounts.samePerson(by.assessorId(), learner.id()))),
        "you cannot judge evidence you submitted as a learner");
    Access.require(
        access.judges(by, learner.id()),
        "only an assessor assigned to this learner judges their evidence");
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
    String assessorId =
        by.system() ? checks.text("assessorId", request.assessorId(), 40) : by.assessorId();
    checks.check(
        by.system() || request.assessorId() == null || request.assessorId().equals(assessorId),
        "assessorId",
        "you judge as yourself ("
            + assessorId
            + "); leave assessorId out or give your own, not '"
            + request.assessorId()
            + "'");
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
    audit.record(
        by,
        "judgement.recorded",
        "evidence " + evidenceId,
        learner.id(),
        current == null ? null : summary(current),
        summary(judgement));
    return new Decided(judgement, false);
  }

  @Transactional(readOnly = true)
  public EvidenceView get(Actor by, String evidenceId) {
    return view(evidence(by, evidenceId));
  }

  @Transactional(readOnly = true)
  public List<EvidenceView> list(Actor by, String learnerId) {
    assessments.visible(by, learnerId);
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
  public Download file(Actor by, String evidenceId, String fileId) {
    FileInfo info =
        records.files(evidence(by, evidenceId).id()).stream()
            .filter(f -> f.id().equals(fileId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("file", fileId));
    return new Download(info, records.content(evidenceId, fileId).orElseThrow());
  }

  /**
   * Records an IQA's sampling decision on the evidence's current judgement. The judgement stays as
   * the assessor made it; an ACTION_REQUIRED outcome asks the assessor to look again.
   */
  @Transactional
  public Records.Sample sample(Actor by, String evidenceId, SampleRequest request) {
    Evidence evidence = evidence(by, evidenceId);
    Learner learner = lock(by, evidence.learnerId());
    Access.require(
        access.samples(by, learner.centreId()),
        "only an IQA of the learner's centre records sampling decisions");
    Checks checks = new Checks();
    String outcome = checks.text("outcome", request.outcome(), 20);
    checks.check(
        outcome == null || outcome.equals("AGREED") || outcome.equals("ACTION_REQUIRED"),
        "outcome",
        "must be AGREED or ACTION_REQUIRED");
    String comment = checks.text("comment", request.comment(), 4000);
    checks.done();
    List<Judgement> history = records.judgements(evidenceId);
    if (history.isEmpty()) {
      throw new ConflictException(
          "evidence " + evidenceId + " has no judgement yet; IQA samples an assessor's decision");
    }
    Judgement current = history.get(history.size() - 1);
    Records.Sample sample =
        new Records.Sample(
            Ids.next("smp"),
            evidenceId,
            current.id(),
            by.accountId(),
            by.name(),
            outcome,
            comment,
            OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    records.insert(sample);
    Map<String, Object> after = new java.util.LinkedHashMap<>();
    after.put("sample", sample.id());
    after.put("judgement", current.id());
    after.put("outcome", outcome);
    after.put("comment", comment);
    audit.record(
        by, "iqa.sampled", "evidence " + evidenceId, learner.id(), summary(current), after);
    return sample;
  }

  @Transactional(readOnly = true)
  public List<Records.Sample> samples(Actor by, String evidenceId) {
    return records.samples(evidence(by, evidenceId).id());
  }

  /** The evidence, if the actor may see its learner's records; otherwise not found. */
  private Evidence evidence(Actor by, String id) {
    return records
        .evidence(id)
        .filter(
            e ->
                people
                    .learner(e.learnerId())
                    .map(l -> access.seesRecords(by, l.id(), l.centreId()))
                    .orElse(false))
        .orElseThrow(() -> new NotFoundException("evidence", id));
  }

  /** Locks a learner whose records the actor may see; otherwise not found. */
  private Learner lock(Actor by, String learnerId) {
    return people
        .lockLearner(learnerId)
        .filter(l -> access.seesRecords(by, l.id(), l.centreId()))
        .orElseThrow(() -> new NotFoundException("learner", learnerId));
  }

  private static Map<String, Object> summary(EvidenceView v) {
    Map<String, Object> s = new java.util.LinkedHashMap<>();
    s.put("title", v.evidence().title());
    s.put("method", v.evidence().method());
    s.put("activityDate", v.evidence().activityDate().toString());
    s.put("source", v.evidence().source());
    s.put("criteria", v.criteria());
    s.put(
        "files",
        v.files().stream()
            .map(f -> Map.of("name", f.fileName(), "size", f.size(), "sha256", f.sha256()))
            .toList());
    return s;
  }

  private static Map<String, Object> summary(Judgement j) {
    Map<String, Object> s = new java.util.LinkedHashMap<>();
    s.put("judgement", j.id());
    s.put("verdict", j.verdict());
    s.put("proficiency", j.proficiency());
    s.put("assessorId", j.assessorId());
    s.put("criteria", j.criteria());
    return s;
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
