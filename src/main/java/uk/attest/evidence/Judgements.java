package uk.attest.evidence;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.attest.accounts.Access;
import uk.attest.accounts.Accounts;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.Verdict;
import uk.attest.audit.AuditTrail;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.Proficiency;
import uk.attest.learners.People.Assessor;
import uk.attest.learners.People.Learner;
import uk.attest.learners.PeopleRepository;
import uk.attest.shared.Actor;
import uk.attest.shared.Checks;
import uk.attest.shared.ConflictException;
import uk.attest.shared.Enums;
import uk.attest.shared.Ids;
import uk.attest.shared.Limits;
import uk.attest.shared.Role;

/**
 * Assessors' judgements: accepted at a proficiency, or referred back with feedback. A judgement is
 * never edited; a new one supersedes the current one, and each decides only the criteria claimed
 * when it was made. A retry under the same Idempotency-Key returns what was stored.
 */
@Service
public class Judgements {
  private final EvidenceAccess guard;
  private final EvidenceRepository records;
  private final PeopleRepository people;
  private final LearnerAssessments assessments;
  private final Catalogue catalogue;
  private final Access access;
  private final Accounts accounts;
  private final AuditTrail audit;
  private final Clock clock;

  Judgements(
      EvidenceAccess guard,
      EvidenceRepository records,
      PeopleRepository people,
      LearnerAssessments assessments,
      Catalogue catalogue,
      Access access,
      Accounts accounts,
      AuditTrail audit,
      Clock clock) {
    this.guard = guard;
    this.records = records;
    this.people = people;
    this.assessments = assessments;
    this.catalogue = catalogue;
    this.access = access;
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
  }

  /** assessorId may be left out: the signed-in assessor judges as themselves. */
  public record JudgementRequest(
      @Schema(maxLength = Limits.SHORT_CHOICE, description = "ACCEPTED or REFERRED") String verdict,
      @Schema(maxLength = Limits.CHOICE, description = "A level of the policy's scale")
          String proficiency,
      @Schema(maxLength = Limits.FEEDBACK, description = "Free text; may run over lines")
          String feedback,
      @Schema(maxLength = Limits.ID) String assessorId,
      Boolean authenticityConfirmed,
      @Schema(
              description =
                  "true to store an acceptance that would not count (no authenticity check, too"
                      + " old, a method the criterion does not allow, below the required"
                      + " proficiency); without it such an acceptance is refused with the reasons")
          Boolean confirmWillNotCount) {

    /** A judgement that has not been shown to would-not-count checks yet. */
    public JudgementRequest(
        String verdict,
        String proficiency,
        String feedback,
        String assessorId,
        Boolean authenticityConfirmed) {
      this(verdict, proficiency, feedback, assessorId, authenticityConfirmed, null);
    }
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
    Evidence evidence = guard.evidence(by, evidenceId);
    Learner learner = guard.lock(by, evidence.learnerId());
    Checks checks = new Checks();
    String key = Idempotency.key(checks, idempotencyKey);
    Proposed proposed = propose(by, learner, request, checks);
    checks.done();
    Verdict verdict = proposed.verdict();
    String proficiency = proposed.proficiency();
    Assessor assessor = proposed.assessor();
    Idempotency receipt = new Idempotency(key, Idempotency.fingerprint(request));
    Optional<Map.Entry<String, String>> earlier =
        key == null ? Optional.empty() : records.judgementByKey(evidenceId, key);
    switch (receipt.against(earlier.map(Map.Entry::getValue))) {
      case REPEATED:
        String id = earlier.get().getKey();
        return new Decided(
            records.judgements(evidenceId).stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow(),
            true);
      case CHANGED:
        throw new ConflictException(
            "Idempotency-Key '"
                + key
                + "' was already used for a different judgement ("
                + earlier.get().getKey()
                + ")");
      case NEW:
        break;
    }
    if (records.withdrawal(evidenceId).isPresent()) {
      throw new ConflictException(
          "evidence '" + evidenceId + "' was withdrawn; it is no longer judged");
    }
    // An acceptance that would not count is refused with the reasons unless the assessor confirms
    // it; the system replays decisions already taken (demo data, imported history) as they were.
    if (verdict == Verdict.ACCEPTED
        && !by.system()
        && !Boolean.TRUE.equals(request.confirmWillNotCount())) {
      List<Concern> concerns =
          concerns(by, learner, evidenceId, proposed, request).stream()
              .filter(Concern::fixableByTheJudgement)
              .toList();
      if (!concerns.isEmpty()) {
        throw new WillNotCountException(concerns);
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
            proposed.feedback(),
            assessor.id(),
            assessor.qualified(),
            Boolean.TRUE.equals(request.authenticityConfirmed()),
            decidedAt.truncatedTo(ChronoUnit.MICROS),
            current == null ? null : current.id(),
            records.claims(evidenceId),
            records.filesVersion(evidenceId),
            null);
    records.insert(judgement, key, receipt.fingerprint());
    assessments.recompute(
        learner.id(),
        "evidence "
            + evidenceId
            + " "
            + verdict.name().toLowerCase(Locale.ROOT)
            + " by "
            + assessor.id());
    audit.record(
        by,
        "judgement.recorded",
        "evidence " + evidenceId,
        learner.id(),
        current == null ? null : AuditSummaries.of(current),
        AuditSummaries.of(judgement));
    return new Decided(judgement, false);
  }

  /** A judgement as asked for, checked: who judges, what they decide, and at what proficiency. */
  private record Proposed(
      Verdict verdict, String proficiency, String feedback, Assessor assessor) {}

  /**
   * Checks that the actor may judge this learner's evidence and what the request asks, adding each
   * problem to the checks; the same for a judgement that is saved and one that is only previewed.
   */
  private Proposed propose(Actor by, Learner learner, JudgementRequest request, Checks checks) {
    // The same person may hold an assessor's and a learner's account: neither judges their own.
    Access.require(
        !(by.has(Role.ASSESSOR)
            && (learner.id().equals(by.learnerId())
                || accounts.samePerson(by.assessorId(), learner.id()))),
        "you cannot judge evidence you submitted as a learner");
    Access.require(
        access.judges(by, learner.id()),
        "only an assessor assigned to this learner judges their evidence");
    Verdict verdict = null;
    String verdictText = checks.text("verdict", request.verdict(), Limits.SHORT_CHOICE);
    if (verdictText != null) {
      verdict = Enums.named(Verdict.class, verdictText).orElse(null);
      checks.check(verdict != null, "verdict", "must be ACCEPTED or REFERRED");
    }
    String proficiency =
        proficiency(
            checks, checks.optionalText("proficiency", request.proficiency(), Limits.CHOICE));
    String feedback = checks.freeText("feedback", request.feedback(), Limits.FEEDBACK, false);
    checks.check(
        verdict != Verdict.ACCEPTED || proficiency != null,
        "proficiency",
        "is required when the evidence is accepted");
    checks.check(
        verdict != Verdict.REFERRED || proficiency == null,
        "proficiency",
        "is recorded only when the evidence is accepted; a referral gives feedback instead");
    checks.check(
        verdict != Verdict.REFERRED
            || (request.feedback() != null && !request.feedback().isBlank()),
        "feedback",
        "is required when the evidence is referred back");
    return new Proposed(verdict, proficiency, feedback, assessor(by, request, learner, checks));
  }

  /**
   * Why a criterion would not count this evidence, if it were judged as proposed.
   *
   * @param criterion the NOS criterion the evidence is claimed against
   * @param rule the rule that would decide so, and its reason (with ids, for Names)
   */
  public record Concern(String criterion, String rule, String reason) {
    /**
     * Which check the evidence fails: authenticity, currency, method, level (below the required
     * proficiency), or reliability (who judged it).
     */
    public String aspect() {
      if (rule.startsWith("AUT-")) {
        return "authenticity";
      }
      if (rule.startsWith("CUR-")) {
        return "currency";
      }
      if (rule.equals("VAL-01")) {
        return "method";
      }
      if (rule.startsWith("VAL-")) {
        return "level";
      }
      return "reliability";
    }

    /**
     * Whether the concern is about the evidence or the acceptance itself (authenticity, currency,
     * method, level), which an assessor must confirm before such an acceptance is stored. Who
     * judges (a trainee, whose decision needs a qualified assessor) is not such a concern.
     */
    public boolean fixableByTheJudgement() {
      return !aspect().equals("reliability");
    }

    /** The request field that would change the outcome, or the evidence's own field. */
    public String field() {
      return switch (aspect()) {
        case "authenticity" -> "authenticityConfirmed";
        case "currency" -> "activityDate";
        case "method" -> "method";
        case "level" -> "proficiency";
        default -> "assessorId";
      };
    }
  }

  /**
   * What the rules would say about this evidence if it were judged as proposed, without saving
   * anything: the real rules run on the learner's records today with the proposed judgement in
   * place of the current one. An acceptance that would not count for a criterion it is claimed
   * against (no authenticity check, a method the criterion does not allow, below the required
   * proficiency, too old) gives a concern naming the rule and why; none means it would count. A
   * request with problems gives none: saving it would name them.
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public List<Concern> preview(Actor by, String evidenceId, JudgementRequest request) {
    Evidence evidence = guard.evidence(by, evidenceId);
    Learner learner = people.learner(evidence.learnerId()).orElseThrow();
    Checks checks = new Checks();
    Proposed proposed = propose(by, learner, request, checks);
    if (!checks.ok()) {
      return List.of();
    }
    return concerns(by, learner, evidenceId, proposed, request);
  }

  /**
   * The concerns the rules raise about the evidence if it were judged as proposed: the real rules
   * on the learner's records today, with the proposed judgement in place of the current one.
   */
  private List<Concern> concerns(
      Actor by, Learner learner, String evidenceId, Proposed proposed, JudgementRequest request) {
    Judgement hypothetical =
        new Judgement(
            "proposed",
            evidenceId,
            proposed.verdict(),
            proposed.proficiency(),
            proposed.feedback(),
            proposed.assessor().id(),
            proposed.assessor().qualified(),
            Boolean.TRUE.equals(request.authenticityConfirmed()),
            OffsetDateTime.now(clock),
            null,
            records.claims(evidenceId),
            records.filesVersion(evidenceId),
            null);
    LearnerSnapshot today = assessments.snapshot(by, learner.id(), assessments.today());
    List<LearnerSnapshot.Item> items =
        today.items().stream()
            .map(
                i ->
                    i.evidence().id().equals(evidenceId)
                        ? new LearnerSnapshot.Item(
                            i.evidence(), i.criteria(), i.files(), hypothetical, i.withdrawal())
                        : i)
            .toList();
    Assessment assessment =
        assessments.assess(
            new LearnerSnapshot(
                today.learner(), today.registration(), today.on(), items, today.samples()));
    List<Concern> concerns = new ArrayList<>();
    assessment.standards().stream()
        .flatMap(s -> s.criteria().stream())
        .filter(c -> hypothetical.criteria().contains(c.id()))
        .forEach(
            c ->
                // A criterion's first reason is its outcome; the rest are the checks its evidence
                // failed, one item each.
                c.reasons().stream()
                    .skip(1)
                    .filter(r -> r.evidence().equals(List.of(evidenceId)))
                    .forEach(r -> concerns.add(new Concern(c.id(), r.rule(), r.message()))));
    return concerns;
  }

  /** The proficiency named, as the policy's scale spells it; null when none is given. */
  private String proficiency(Checks checks, String text) {
    String proficiency = text == null ? null : text.strip();
    if (proficiency == null) {
      return null;
    }
    var known = catalogue.policy().proficiency(proficiency);
    checks.check(
        known.isPresent(),
        "proficiency",
        "unknown proficiency '"
            + proficiency
            + "' (the scale has "
            + catalogue.policy().proficiencyNames()
            + ")");
    return known.map(Proficiency::name).orElse(proficiency);
  }

  /**
   * Who judges: the signed-in assessor as themselves; the system (demo data, replayed history) as
   * the assessor it names, who must work at the learner's centre.
   */
  private Assessor assessor(Actor by, JudgementRequest request, Learner learner, Checks checks) {
    String named =
        by.system()
            ? checks.text("assessorId", request.assessorId(), Limits.ID)
            : checks.optionalText("assessorId", request.assessorId(), Limits.ID);
    String assessorId = by.system() ? named : by.assessorId();
    checks.check(
        by.system() || named == null || named.equals(assessorId),
        "assessorId",
        "you judge as yourself ("
            + assessorId
            + "); leave assessorId out or give your own, not '"
            + named
            + "'");
    if (assessorId == null) {
      return null;
    }
    Assessor assessor = people.assessor(assessorId).orElse(null);
    checks.check(assessor != null, "assessorId", "unknown assessor '" + assessorId + "'");
    checks.check(
        assessor == null || assessor.centreId().equals(learner.centreId()),
        "assessorId",
        "assessor '" + assessorId + "' works at another centre");
    return assessor;
  }
}
