package uk.attest.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.attest.accounts.Access;
import uk.attest.audit.AuditCheckpoints;
import uk.attest.audit.AuditEntry;
import uk.attest.audit.AuditTrail;
import uk.attest.evidence.Judgement;
import uk.attest.evidence.LearnerAssessments;
import uk.attest.evidence.LearnerSnapshot;
import uk.attest.learners.People.Learner;
import uk.attest.learners.PeopleRepository;
import uk.attest.shared.Actor;
import uk.attest.shared.NotFoundException;

/**
 * A learner's portfolio from their stored records: the assessment on a date and, from the same
 * snapshot, the evidence index with every file's SHA-256, the declarations as people signed them,
 * and the learner's audit entries up to that date.
 */
@Service
public class LearnerPortfolios {
  private final PeopleRepository people;
  private final LearnerAssessments assessments;
  private final ReportAssets assets;
  private final Access access;
  private final AuditTrail audit;
  private final AuditCheckpoints checkpoints;
  private final AuditContexts contexts;
  private final SignedDeclarations declarations;
  private final Clock clock;

  LearnerPortfolios(
      PeopleRepository people,
      LearnerAssessments assessments,
      ReportAssets assets,
      Access access,
      AuditTrail audit,
      AuditCheckpoints checkpoints,
      AuditContexts contexts,
      SignedDeclarations declarations,
      Clock clock) {
    this.checkpoints = checkpoints;
    this.contexts = contexts;
    this.declarations = declarations;
    this.people = people;
    this.assessments = assessments;
    this.assets = assets;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Portfolio portfolio(Actor by, String learnerId, LocalDate on) {
    LearnerSnapshot snapshot = assessments.snapshot(by, learnerId, on);
    Learner learner = snapshot.learner();
    List<Portfolios.Item> items =
        snapshot.items().stream()
            .map(
                i ->
                    new Portfolios.Item(
                        i.evidence().id(),
                        i.evidence().title(),
                        i.evidence().method(),
                        i.evidence().activityDate(),
                        i.evidence().learnerDeclaration(),
                        i.criteria(),
                        i.files().stream()
                            .map(
                                f ->
                                    new Portfolio.FileEntry(
                                        f.fileName(), f.mediaType(), f.size(), f.sha256()))
                            .toList(),
                        i.judgement() == null ? null : decision(i.judgement()),
                        i.withdrawn()))
            .toList();
    // Declarations as their people signed them by the portfolio's date; none is signed for them.
    Map<String, Portfolios.Signature> signed =
        declarations.asOf(assessments.history(by, learnerId), learnerId, on);
    Map<String, String> titles = new HashMap<>();
    snapshot.items().forEach(i -> titles.put(i.evidence().id(), i.evidence().title()));
    AuditSentences.Context context = contexts.forLearner(learner, titles);
    Map<String, String> assessors = new HashMap<>();
    snapshot.items().stream()
        .map(LearnerSnapshot.Item::judgement)
        .filter(java.util.Objects::nonNull)
        .map(Judgement::assessorId)
        .distinct()
        .forEach(id -> people.assessor(id).ifPresent(a -> assessors.put(id, a.name())));
    return Portfolios.assemble(
        new Portfolios.Source(
            learner.id(),
            learner.name(),
            learner.uln(),
            people.centre(learner.centreId()).map(c -> c.name()).orElse(null),
            items,
            signed,
            audit.ofLearner(learnerId, on).stream().map(e -> line(e, context)).toList(),
            assessors),
        assessments.assess(snapshot),
        assets,
        OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
  }

  private Portfolios.Decision decision(Judgement j) {
    return new Portfolios.Decision(
        j.verdict(),
        j.proficiency(),
        people.assessor(j.assessorId()).map(a -> a.name()).orElse(j.assessorId()),
        j.decidedAt());
  }

  private static Portfolio.AuditLine line(AuditEntry e, AuditSentences.Context context) {
    String change =
        e.before() == null
            ? (e.after() == null ? "" : e.after())
            : e.before() + " → " + (e.after() == null ? "removed" : e.after());
    return new Portfolio.AuditLine(
        e.seq(),
        e.recordedAt(),
        e.actor(),
        e.action(),
        e.subject(),
        change,
        e.hash(),
        AuditSentences.of(e, context));
  }

  /** A cohort export about to be written: who may see it, its learners, and the audit head. */
  /**
   * @param centreName the centre's name, as the export's title shows it
   */
  public record ExportPlan(
      String centreName,
      List<String> learners,
      AuditTrail.Head auditHead,
      Map<String, Object> auditCheckpoint) {}

  /**
   * Starts an awarding-body export of a centre's learners on a qualification: checks that the
   * caller may export this centre, and records the export in the audit trail.
   */
  @Transactional
  public ExportPlan beginExport(Actor by, String centreId, String qualificationId, LocalDate on) {
    var centre =
        people
            .centre(centreId)
            .filter(c -> access.seesCentre(by, c.id()))
            .orElseThrow(() -> new NotFoundException("centre", centreId));
    Access.require(
        access.exports(by, centreId),
        "only the centre's awarding bodies and its IQA export its records");
    List<String> learners = cohort(centreId, qualificationId);
    var entry =
        audit.record(
            by,
            "export.created",
            "centre " + centreId,
            null,
            null,
            Map.of(
                "qualificationId", qualificationId,
                "assessedOn", on.toString(),
                "learners", learners));
    return new ExportPlan(
        centre.name(),
        learners,
        new AuditTrail.Head(entry.seq(), entry.hash()),
        checkpoints.latest().orElse(null));
  }

  /** The learners of a centre registered on a qualification, for an awarding-body export. */
  private List<String> cohort(String centreId, String qualificationId) {
    return people.learners(centreId).stream()
        .filter(
            l ->
                people.registrations(l.id()).stream()
                    .anyMatch(r -> r.qualificationId().equals(qualificationId)))
        .map(Learner::id)
        .toList();
  }
}
