package uk.attest.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.attest.accounts.Access;
import uk.attest.audit.AuditEntry;
import uk.attest.audit.AuditTrail;
import uk.attest.evidence.Records.Evidence;
import uk.attest.evidence.Records.FileInfo;
import uk.attest.evidence.Records.Judgement;
import uk.attest.learners.People.Learner;
import uk.attest.learners.PeopleRepository;
import uk.attest.reports.Portfolio;
import uk.attest.reports.ReportAssets;
import uk.attest.shared.Actor;
import uk.attest.shared.NotFoundException;

/**
 * A learner's portfolio from their stored records: the assessment on a date, the evidence index
 * with every file's SHA-256, the declarations as made (the IQA's from their latest agreed sample),
 * and the learner's audit entries up to that date.
 */
@Service
public class LearnerPortfolios {
  private final PeopleRepository people;
  private final RecordsRepository records;
  private final LearnerAssessments assessments;
  private final ReportAssets assets;
  private final Access access;
  private final AuditTrail audit;
  private final Clock clock;

  LearnerPortfolios(
      PeopleRepository people,
      RecordsRepository records,
      LearnerAssessments assessments,
      ReportAssets assets,
      Access access,
      AuditTrail audit,
      Clock clock) {
    this.access = access;
    this.audit = audit;
    this.people = people;
    this.records = records;
    this.assessments = assessments;
    this.assets = assets;
    this.clock = clock;
  }

  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Portfolio portfolio(Actor by, String learnerId, LocalDate on) {
    Learner learner = assessments.visible(by, learnerId);
    var assessment = assessments.current(learnerId, on);
    String centre = people.centre(learner.centreId()).map(c -> c.name()).orElse(null);
    Map<String, List<String>> claims = records.claimsOf(learnerId);
    Map<String, List<Judgement>> judgements = records.judgementsOf(learnerId);
    Map<String, List<FileInfo>> files = records.filesOf(learnerId);
    List<Portfolio.EvidenceEntry> entries = new ArrayList<>();
    Judgement latestJudgement = null;
    LocalDate latestDeclared = null;
    boolean allDeclared = true;
    for (Evidence e : records.evidenceOf(learnerId)) {
      if (e.activityDate().isAfter(on)) {
        continue;
      }
      Judgement current = null;
      for (Judgement j : judgements.getOrDefault(e.id(), List.of())) {
        if (!day(j.decidedAt()).isAfter(on)) {
          current = j;
        }
      }
      if (current != null
          && (latestJudgement == null
              || current.decidedAt().isAfter(latestJudgement.decidedAt()))) {
        latestJudgement = current;
      }
      allDeclared &= e.learnerDeclaration();
      latestDeclared =
          latestDeclared == null || e.activityDate().isAfter(latestDeclared)
              ? e.activityDate()
              : latestDeclared;
      entries.add(
          new Portfolio.EvidenceEntry(
              e.id(),
              e.title(),
              e.method(),
              e.activityDate(),
              current == null
                  ? null
                  : people
                      .assessor(current.assessorId())
                      .map(a -> a.name())
                      .orElse(current.assessorId()),
              current == null ? "AWAITING_ASSESSOR" : current.verdict(),
              current == null ? null : current.proficiency(),
              claims.getOrDefault(e.id(), List.of()),
              files.getOrDefault(e.id(), List.of()).stream()
                  .map(
                      f ->
                          new Portfolio.FileEntry(
                              f.fileName(), f.mediaType(), f.size(), f.sha256()))
                  .toList()));
    }
    entries.sort(
        Comparator.comparing(Portfolio.EvidenceEntry::activityDate)
            .thenComparing(Portfolio.EvidenceEntry::id));
    boolean declared = allDeclared && !entries.isEmpty();
    Judgement signed = latestJudgement;
    // The IQA signs with their latest agreed sample, made by the portfolio's date.
    Records.Sample sampled =
        records.samplesOf(learnerId).stream()
            .filter(x -> x.outcome().equals("AGREED") && !day(x.sampledAt()).isAfter(on))
            .reduce((first, second) -> second)
            .orElse(null);
    List<Portfolio.Declaration> declarations =
        List.of(
            new Portfolio.Declaration(
                "LEARNER",
                declared ? learner.name() : null,
                declared ? latestDeclared : null,
                assets.declarations().get("LEARNER")),
            new Portfolio.Declaration(
                "ASSESSOR",
                signed == null
                    ? null
                    : people
                        .assessor(signed.assessorId())
                        .map(a -> a.name())
                        .orElse(signed.assessorId()),
                signed == null ? null : day(signed.decidedAt()),
                assets.declarations().get("ASSESSOR")),
            new Portfolio.Declaration(
                "IQA",
                sampled == null ? null : sampled.iqaName(),
                sampled == null ? null : day(sampled.sampledAt()),
                assets.declarations().get("IQA")));
    return new Portfolio(
        learner.id(),
        learner.name(),
        learner.uln(),
        centre,
        assessment,
        entries,
        declarations,
        OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
        audit.ofLearner(learnerId, on).stream().map(LearnerPortfolios::line).toList());
  }

  private static Portfolio.AuditLine line(AuditEntry e) {
    String change =
        e.before() == null
            ? (e.after() == null ? "" : e.after())
            : e.before() + " → " + (e.after() == null ? "removed" : e.after());
    return new Portfolio.AuditLine(
        e.seq(), e.recordedAt(), e.actor(), e.action(), e.subject(), change, e.hash());
  }

  /** A cohort export about to be written: who may see it, its learners, and the audit head. */
  public record ExportPlan(List<String> learners, AuditTrail.Head auditHead) {}

  /**
   * Starts an awarding-body export of a centre's learners on a qualification: checks that the
   * caller may export this centre, and records the export in the audit trail.
   */
  @Transactional
  public ExportPlan beginExport(Actor by, String centreId, String qualificationId, LocalDate on) {
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
            java.util.Map.of(
                "qualificationId", qualificationId,
                "assessedOn", on.toString(),
                "learners", learners));
    return new ExportPlan(learners, new AuditTrail.Head(entry.seq(), entry.hash()));
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

  private LocalDate day(OffsetDateTime at) {
    return at.atZoneSameInstant(clock.getZone()).toLocalDate();
  }
}
