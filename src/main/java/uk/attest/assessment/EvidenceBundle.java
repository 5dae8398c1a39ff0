package uk.attest.assessment;

import java.time.LocalDate;
import java.util.List;
import uk.attest.catalogue.Method;
import uk.attest.catalogue.Proficiency;
import uk.attest.shared.Uln;

/** A learner and their evidence items: everything one assessment is made from. */
public record EvidenceBundle(Learner learner, List<EvidenceItem> evidence) {
  public EvidenceBundle {
    evidence = List.copyOf(evidence);
  }

  /**
   * The learner and their registration.
   *
   * @param weeklyLearningHours null when the learner gives none (policy default applies)
   */
  public record Learner(
      String id,
      String name,
      Uln uln,
      String qualificationId,
      String currentRoleId,
      LocalDate startDate,
      Double weeklyLearningHours) {}

  /** One piece of evidence, the criteria it is claimed against, and the decision on it. */
  public record EvidenceItem(
      String id,
      String title,
      String description,
      Method method,
      LocalDate activityDate,
      List<String> criteria,
      boolean learnerDeclaration,
      Witness witness,
      Decision decision) {

    public EvidenceItem {
      criteria = List.copyOf(criteria);
    }
  }

  public record Witness(String name, String role) {}

  /**
   * An assessor's judgement: accepted at a proficiency, or referred back with feedback.
   *
   * @param criteria the criteria the judgement covers (those claimed when it was made); null means
   *     every criterion the item claims. A criterion claimed later awaits an assessor.
   * @param countersignedBy the qualified assessor who countersigned a trainee's decision, or null
   */
  public record Decision(
      Verdict verdict,
      Proficiency proficiency,
      String assessorId,
      boolean assessorQualified,
      boolean authenticityConfirmed,
      LocalDate decidedOn,
      String feedback,
      java.util.Set<String> criteria,
      String countersignedBy) {

    public Decision {
      criteria = criteria == null ? null : java.util.Set.copyOf(criteria);
    }

    /** A decision nobody has countersigned. */
    public Decision(
        Verdict verdict,
        Proficiency proficiency,
        String assessorId,
        boolean assessorQualified,
        boolean authenticityConfirmed,
        LocalDate decidedOn,
        String feedback,
        java.util.Set<String> criteria) {
      this(
          verdict,
          proficiency,
          assessorId,
          assessorQualified,
          authenticityConfirmed,
          decidedOn,
          feedback,
          criteria,
          null);
    }

    /** Whether this judgement covers the criterion. */
    public boolean covers(String criterion) {
      return criteria == null || criteria.contains(criterion);
    }
  }
}
