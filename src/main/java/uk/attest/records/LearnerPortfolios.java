package uk.attest.records;

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
import uk.attest.people.NotFoundException;
import uk.attest.people.People.Learner;
import uk.attest.people.PeopleRepository;
import uk.attest.portfolio.Portfolio;
import uk.attest.portfolio.ReportAssets;
import uk.attest.records.Records.Evidence;
import uk.attest.records.Records.FileInfo;
import uk.attest.records.Records.Judgement;

/**
 * A learner's portfolio from their stored records: the assessment on a date, the evidence index
 * with every file's SHA-256, and the declarations as made.
 */
@Service
public class LearnerPortfolios {
  private final PeopleRepository people;
  private final RecordsRepository records;
  private final LearnerAssessments assessments;
  private final ReportAssets assets;
  private final Clock clock;

  LearnerPortfolios(
      PeopleRepository people,
      RecordsRepository records,
      LearnerAssessments assessments,
      ReportAssets assets,
      Clock clock) {
    this.people = people;
    this.records = records;
    this.assessments = assessments;
    this.assets = assets;
    this.clock = clock;
  }

  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Portfolio portfolio(String learnerId, LocalDate on) {
    Learner learner =
        people.learner(learnerId).orElseThrow(() -> new NotFoundException("learner", learnerId));
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
            // IQA sampling is recorded from the accounts issue on; until then it is unsigned.
            new Portfolio.Declaration("IQA", null, null, assets.declarations().get("IQA")));
    return new Portfolio(
        learner.id(),
        learner.name(),
        learner.uln(),
        centre,
        assessment,
        entries,
        declarations,
        OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }

  /** The learners of a centre registered on a qualification, for an awarding-body export. */
  @Transactional(readOnly = true)
  public List<String> cohort(String centreId, String qualificationId) {
    people.centre(centreId).orElseThrow(() -> new NotFoundException("centre", centreId));
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
