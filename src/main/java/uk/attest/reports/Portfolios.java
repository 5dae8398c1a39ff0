package uk.attest.reports;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.EvidenceBundle;

/** Builds a portfolio from an evidence bundle and its assessment, for the command line. */
public final class Portfolios {
  private Portfolios() {}

  public static Portfolio fromBundle(
      EvidenceBundle bundle,
      Assessment assessment,
      ReportAssets assets,
      OffsetDateTime generatedAt) {
    List<Portfolio.EvidenceEntry> entries = new ArrayList<>();
    for (EvidenceBundle.EvidenceItem item : bundle.evidence()) {
      var d = item.decision();
      entries.add(
          new Portfolio.EvidenceEntry(
              item.id(),
              item.title(),
              item.method().name(),
              item.activityDate(),
              d == null ? null : d.assessorId(),
              d == null ? "AWAITING_ASSESSOR" : d.verdict().name(),
              d == null || d.proficiency() == null ? null : d.proficiency().name(),
              item.criteria(),
              List.of()));
    }
    entries.sort(java.util.Comparator.comparing(Portfolio.EvidenceEntry::id));
    // A bundle records decisions but no signatures: the learner's declaration stands where every
    // item carries one; the assessor's on the latest decision; IQA sampling is not in a bundle.
    boolean allDeclared =
        !bundle.evidence().isEmpty()
            && bundle.evidence().stream().allMatch(EvidenceBundle.EvidenceItem::learnerDeclaration);
    var latest =
        bundle.evidence().stream()
            .map(EvidenceBundle.EvidenceItem::decision)
            .filter(d -> d != null && d.decidedOn() != null)
            .max(java.util.Comparator.comparing(EvidenceBundle.Decision::decidedOn));
    List<Portfolio.Declaration> declarations =
        List.of(
            new Portfolio.Declaration(
                "LEARNER",
                allDeclared ? bundle.learner().name() : null,
                allDeclared
                    ? bundle.evidence().stream()
                        .map(EvidenceBundle.EvidenceItem::activityDate)
                        .max(java.time.LocalDate::compareTo)
                        .orElse(null)
                    : null,
                assets.declarations().get("LEARNER")),
            new Portfolio.Declaration(
                "ASSESSOR",
                latest.map(EvidenceBundle.Decision::assessorId).orElse(null),
                latest.map(EvidenceBundle.Decision::decidedOn).orElse(null),
                assets.declarations().get("ASSESSOR")),
            new Portfolio.Declaration("IQA", null, null, assets.declarations().get("IQA")));
    return new Portfolio(
        bundle.learner().id(),
        bundle.learner().name(),
        bundle.learner().uln().value(),
        null,
        assessment,
        entries,
        declarations,
        generatedAt);
  }
}
