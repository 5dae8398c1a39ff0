package uk.attest.evidence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.attest.assessment.EvidenceBundle;
import uk.attest.catalogue.Policy;
import uk.attest.learners.People.Learner;
import uk.attest.learners.People.Registration;
import uk.attest.shared.Uln;

/**
 * A learner's records as they stood on a date: the evidence of activities up to that date, each
 * with the judgement current then, and the IQA samples made by then. The engine assesses it and the
 * portfolio shows it, so both always describe the same records.
 */
public record LearnerSnapshot(
    Learner learner,
    Registration registration,
    LocalDate on,
    List<Item> items,
    List<Sample> samples) {

  public LearnerSnapshot {
    items = List.copyOf(items);
    samples = List.copyOf(samples);
  }

  /**
   * One evidence item as it stood.
   *
   * @param judgement the judgement in force on the date, or null while it awaited an assessor (a
   *     judgement of files replaced since decides nothing)
   * @param withdrawal the item's withdrawal, if it was withdrawn by the date: it is shown, and not
   *     assessed
   */
  public record Item(
      Evidence evidence,
      List<String> criteria,
      List<EvidenceFile> files,
      Judgement judgement,
      Withdrawal withdrawal) {
    public Item {
      criteria = List.copyOf(criteria);
      files = List.copyOf(files);
    }

    public Item(
        Evidence evidence, List<String> criteria, List<EvidenceFile> files, Judgement judgement) {
      this(evidence, criteria, files, judgement, null);
    }

    public boolean withdrawn() {
      return withdrawal != null;
    }
  }

  /**
   * Everything stored for a learner, as read in one transaction.
   *
   * @param evidence in upload order
   * @param judgements per item, from the first to the current
   * @param samples oldest first
   * @param withdrawals by item
   * @param replaced when each item's files were replaced, oldest first (version 2 onwards)
   */
  record Stored(
      List<Evidence> evidence,
      Map<String, List<String>> claims,
      Map<String, List<Judgement>> judgements,
      Map<String, List<EvidenceFile>> files,
      List<Sample> samples,
      Map<String, Withdrawal> withdrawals,
      Map<String, List<java.time.OffsetDateTime>> replaced) {

    Stored(
        List<Evidence> evidence,
        Map<String, List<String>> claims,
        Map<String, List<Judgement>> judgements,
        Map<String, List<EvidenceFile>> files,
        List<Sample> samples) {
      this(evidence, claims, judgements, files, samples, Map.of(), Map.of());
    }
  }

  /**
   * The records as they stood at the end of a day (in the zone given): what had happened by then,
   * judged as it was then. A judgement or sample made later did not exist yet.
   */
  static LearnerSnapshot asOf(
      Learner learner, Registration registration, LocalDate on, ZoneId zone, Stored stored) {
    List<Item> items = new ArrayList<>();
    for (Evidence e : stored.evidence()) {
      if (e.activityDate().isAfter(on)) {
        continue;
      }
      Judgement current = null;
      for (Judgement j : stored.judgements().getOrDefault(e.id(), List.of())) {
        if (!j.decidedAt().atZoneSameInstant(zone).toLocalDate().isAfter(on)) {
          // A countersignature made later did not exist yet either.
          Countersignature c = j.countersignature();
          current =
              c == null || !c.countersignedAt().atZoneSameInstant(zone).toLocalDate().isAfter(on)
                  ? j
                  : j.countersigned(null);
        }
      }
      // The files in force on the date; a judgement of earlier files does not carry over to them.
      int version =
          1
              + (int)
                  stored.replaced().getOrDefault(e.id(), List.of()).stream()
                      .filter(at -> !at.atZoneSameInstant(zone).toLocalDate().isAfter(on))
                      .count();
      if (current != null && current.filesVersion() != version) {
        current = null;
      }
      Withdrawal withdrawal = stored.withdrawals().get(e.id());
      if (withdrawal != null && withdrawal.at().atZoneSameInstant(zone).toLocalDate().isAfter(on)) {
        withdrawal = null;
      }
      items.add(
          new Item(
              e,
              stored.claims().getOrDefault(e.id(), List.of()),
              stored.files().getOrDefault(e.id(), List.of()),
              current,
              withdrawal));
    }
    List<Sample> samples =
        stored.samples().stream()
            .filter(s -> !s.sampledAt().atZoneSameInstant(zone).toLocalDate().isAfter(on))
            .toList();
    return new LearnerSnapshot(learner, registration, on, items, samples);
  }

  /**
   * The snapshot as the evidence bundle the engine assesses: proficiencies read on the policy's
   * scale, each judgement dated by its day in the zone given.
   */
  public EvidenceBundle bundle(Policy policy, ZoneId zone) {
    List<EvidenceBundle.EvidenceItem> evidence = new ArrayList<>();
    for (Item item : items) {
      if (item.withdrawn()) {
        continue; // shown in the portfolio as withdrawn, never assessed
      }
      Evidence e = item.evidence();
      Judgement j = item.judgement();
      evidence.add(
          new EvidenceBundle.EvidenceItem(
              e.id(),
              e.title(),
              e.description(),
              e.method(),
              e.activityDate(),
              item.criteria(),
              e.learnerDeclaration(),
              e.witness() == null
                  ? null
                  : new EvidenceBundle.Witness(e.witness().name(), e.witness().role()),
              j == null
                  ? null
                  : new EvidenceBundle.Decision(
                      j.verdict(),
                      j.proficiency() == null
                          ? null
                          : policy.proficiency(j.proficiency()).orElseThrow(),
                      j.assessorId(),
                      j.assessorQualified(),
                      j.authenticityConfirmed(),
                      j.decidedAt().atZoneSameInstant(zone).toLocalDate(),
                      j.feedback(),
                      Set.copyOf(j.criteria()),
                      j.countersignature() == null ? null : j.countersignature().assessorId())));
    }
    return new EvidenceBundle(
        new EvidenceBundle.Learner(
            learner.id(),
            learner.name(),
            new Uln(learner.uln()),
            registration.qualificationId(),
            registration.currentRole(),
            registration.startDate(),
            registration.weeklyLearningHours() == null
                ? null
                : registration.weeklyLearningHours().doubleValue()),
        evidence);
  }
}
