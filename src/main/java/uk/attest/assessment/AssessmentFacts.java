package uk.attest.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.attest.assessment.EvidenceBundle.EvidenceItem;
import uk.attest.assessment.facts.AcFact;
import uk.attest.assessment.facts.AssessmentDay;
import uk.attest.assessment.facts.Claim;
import uk.attest.assessment.facts.CompetencyCriterion;
import uk.attest.assessment.facts.CompetencyFact;
import uk.attest.assessment.facts.CriterionFact;
import uk.attest.assessment.facts.Decision;
import uk.attest.assessment.facts.EvidenceFact;
import uk.attest.assessment.facts.GroupFact;
import uk.attest.assessment.facts.LearnerFact;
import uk.attest.assessment.facts.QualificationFact;
import uk.attest.assessment.facts.RoleFact;
import uk.attest.assessment.facts.Scale;
import uk.attest.assessment.facts.UnitFact;
import uk.attest.catalogue.AssessmentCriterion;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.Criterion;
import uk.attest.catalogue.Policy;
import uk.attest.catalogue.Qualification;
import uk.attest.catalogue.QualificationUnit;
import uk.attest.catalogue.RoleFramework;
import uk.attest.catalogue.RulesOfCombination.UnitGroup;

/**
 * The facts for one assessment: the slice of the catalogue the learner is measured against, their
 * evidence joined to the criteria it claims, the policy numbers, and the assessment date.
 */
record AssessmentFacts(
    Qualification qualification,
    RoleFramework currentRole,
    Optional<RoleFramework> targetRole,
    Optional<String> nextRoleTitle,
    List<Criterion> criteria,
    List<Object> facts) {

  /** The order criteria are shown in: by standard, performance before knowledge, by number. */
  static final java.util.Comparator<Criterion> IN_STANDARD_ORDER =
      java.util.Comparator.comparing(Criterion::unitCode)
          .thenComparing(c -> c.kind().ordinal())
          .thenComparing(c -> Integer.parseInt(c.localId().substring(1)));

  static AssessmentFacts of(Catalogue catalogue, EvidenceBundle bundle, LocalDate assessedOn) {
    return of(Slice.of(catalogue, bundle.learner()), catalogue, bundle, assessedOn);
  }

  /**
   * The facts for one assessment, with the catalogue's part taken from a slice made earlier for the
   * same qualification and role: those facts are immutable records, so many sessions can share
   * them.
   */
  static AssessmentFacts of(
      Slice slice, Catalogue catalogue, EvidenceBundle bundle, LocalDate assessedOn) {
    Policy policy = catalogue.policy();
    EvidenceBundle.Learner learner = bundle.learner();

    List<Object> facts = new ArrayList<>(slice.facts.size() + 4 * bundle.evidence().size());
    facts.add(new AssessmentDay(assessedOn));
    facts.add(slice.scale);
    facts.add(
        new LearnerFact(
            learner.id(),
            learner.weeklyLearningHours() == null
                ? policy.defaultWeeklyLearningHours()
                : learner.weeklyLearningHours()));

    // The criteria in play: those the qualification maps to and those the evidence claims.
    List<Criterion> criteria = slice.criteriaInOrder;
    Map<String, CriterionFact> criterionFacts = slice.criterionFacts;
    for (EvidenceItem item : bundle.evidence()) {
      for (String id : item.criteria()) {
        if (!criterionFacts.containsKey(id)) {
          if (criterionFacts == slice.criterionFacts) {
            criterionFacts = new LinkedHashMap<>(slice.criterionFacts);
            criteria = new ArrayList<>(slice.criteriaInOrder);
          }
          Criterion c = catalogue.criterion(id).orElseThrow();
          criteria.add(c);
          criterionFacts.put(id, criterionFact(c));
        }
      }
    }
    if (criteria != slice.criteriaInOrder) {
      criteria.sort(IN_STANDARD_ORDER);
    }
    facts.addAll(criterionFacts.values());

    Set<String> claimedCriteria = new HashSet<>();
    for (EvidenceItem item : bundle.evidence()) {
      // A judgement covers the criteria claimed when it was made; a criterion claimed since
      // awaits an assessor, so the item is seen undecided for it.
      EvidenceFact judged = evidenceFact(learner.id(), item, item.decision());
      EvidenceFact awaiting = null;
      for (String claimed : item.criteria()) {
        EvidenceFact e = judged;
        if (item.decision() != null && !item.decision().covers(claimed)) {
          awaiting = awaiting != null ? awaiting : evidenceFact(learner.id(), item, null);
          e = awaiting;
        }
        facts.add(new Claim(e, criterionFacts.get(claimed)));
        claimedCriteria.add(claimed);
      }
      // No rule matches an EvidenceFact on its own (the rules read it through its claims), so
      // it is not inserted.
    }

    facts.addAll(slice.facts);
    // A criterion's link to a role competency matters only when something can be demonstrated
    // on it, which takes a claim (PRG-01); the others would only fill the session.
    for (CompetencyCriterion link : slice.competencyCriteria) {
      if (claimedCriteria.contains(link.criterionId())) {
        facts.add(link);
      }
    }
    return new AssessmentFacts(
        slice.qualification,
        slice.currentRole,
        slice.targetRole,
        slice.nextRoleTitle,
        criteria,
        facts);
  }

  /**
   * The part of the facts that comes from the catalogue alone, for one qualification and current
   * role: the same for every learner registered that way.
   */
  static final class Slice {
    private final Qualification qualification;
    private final RoleFramework currentRole;
    private final Optional<RoleFramework> targetRole;
    private final Optional<String> nextRoleTitle;
    private final Scale scale;
    private final Map<String, Criterion> criteria = new LinkedHashMap<>();
    private final Map<String, CriterionFact> criterionFacts = new LinkedHashMap<>();
    private final List<Criterion> criteriaInOrder;
    private final List<Object> facts = new ArrayList<>();
    private final List<CompetencyCriterion> competencyCriteria = new ArrayList<>();

    private Slice(Catalogue catalogue, String qualificationId, String currentRoleId) {
      qualification = catalogue.qualification(qualificationId).orElseThrow();
      currentRole = catalogue.role(currentRoleId).orElseThrow();
      nextRoleTitle = currentRole.nextRole().map(RoleFramework.Pathway::title);
      targetRole = nextRoleTitle.flatMap(catalogue::roleTitled);
      scale = new Scale(catalogue.policy().proficiencyScale());
      Qualification q = qualification;
      q.units()
          .forEach(
              u ->
                  u.assessmentCriteria()
                      .forEach(
                          ac ->
                              ac.maps()
                                  .forEach(
                                      id -> {
                                        if (!criteria.containsKey(id)) {
                                          Criterion c = catalogue.criterion(id).orElseThrow();
                                          criteria.put(id, c);
                                          criterionFacts.put(id, criterionFact(c));
                                        }
                                      })));
      facts.add(
          new QualificationFact(
              q.id(),
              q.level(),
              q.rules().minimumCredits(),
              q.rules().minimumCreditsAtOrAboveLevel(),
              q.rules().groups().size()));
      for (UnitGroup g : q.rules().groups()) {
        facts.add(
            new GroupFact(
                g.id(),
                g.title(),
                g.mandatory(),
                g.minimumCredits(),
                g.maximumCredits(),
                g.unitIds()));
        for (String unitId : g.unitIds()) {
          QualificationUnit u = q.unit(unitId).orElseThrow();
          List<AssessmentCriterion> acs = u.assessmentCriteria();
          facts.add(new UnitFact(u.id(), g.id(), u.credit(), u.level(), acs.size()));
          for (AssessmentCriterion ac : acs) {
            AcFact fact = new AcFact(ac.id(), u.id(), ac.maps(), (double) u.glh() / acs.size());
            facts.add(fact);
            facts.addAll(fact.mappings());
          }
        }
      }
      addRole(catalogue, currentRole, false);
      targetRole.ifPresent(r -> addRole(catalogue, r, true));
      List<Criterion> inOrder = new ArrayList<>(criteria.values());
      inOrder.sort(IN_STANDARD_ORDER);
      criteriaInOrder = List.copyOf(inOrder);
    }

    static Slice of(Catalogue catalogue, EvidenceBundle.Learner learner) {
      return new Slice(catalogue, learner.qualificationId(), learner.currentRoleId());
    }

    /** The key a slice is kept under: the learner's qualification and current role. */
    static String key(EvidenceBundle.Learner learner) {
      return learner.qualificationId() + "\n" + learner.currentRoleId();
    }

    private void addRole(Catalogue catalogue, RoleFramework role, boolean target) {
      Policy policy = catalogue.policy();
      facts.add(new RoleFact(role.id(), role.title(), target, role.competencies().size()));
      for (RoleFramework.Competency c : role.competencies()) {
        var required =
            c.proficiency() == null
                ? policy.requiredAt(role.level())
                : policy.proficiency(c.proficiency()).orElseThrow();
        List<String> criteria = catalogue.expand(c.evidencedBy());
        facts.add(
            new CompetencyFact(
                role.id(),
                c.id(),
                c.name(),
                required.value(),
                required.name(),
                Set.copyOf(criteria)));
        criteria.forEach(
            k -> competencyCriteria.add(new CompetencyCriterion(role.id(), c.id(), k)));
      }
    }
  }

  private static CriterionFact criterionFact(Criterion c) {
    return new CriterionFact(
        c.id(),
        c.unitCode(),
        c.kind(),
        c.requiredProficiency().value(),
        c.requiredProficiency().name(),
        c.evidence().minimumAccepted(),
        Set.copyOf(c.evidence().methods()),
        c.evidence().observationRequired(),
        c.evidence().currencyMonths());
  }

  private static EvidenceFact evidenceFact(
      String learnerId, EvidenceItem item, EvidenceBundle.Decision d) {
    return new EvidenceFact(
        item.id(),
        learnerId,
        item.method(),
        item.activityDate(),
        item.learnerDeclaration(),
        item.witness() == null ? null : item.witness().name(),
        d == null ? Decision.PENDING : Decision.valueOf(d.verdict().name()),
        d == null || d.proficiency() == null ? 0 : d.proficiency().value(),
        d == null || d.proficiency() == null ? "none" : d.proficiency().name(),
        d == null ? null : d.assessorId(),
        d != null && d.assessorQualified(),
        // The assessor's authenticity check is of the item, the learner's own work, so it holds
        // for criteria claimed after the judgement too.
        item.decision() != null && item.decision().authenticityConfirmed(),
        d == null ? null : d.countersignedBy());
  }
}
