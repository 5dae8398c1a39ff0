package uk.attest.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
    Map<String, Criterion> criteria,
    List<Object> facts) {

  static AssessmentFacts of(Catalogue catalogue, EvidenceBundle bundle, LocalDate assessedOn) {
    Policy policy = catalogue.policy();
    EvidenceBundle.Learner learner = bundle.learner();
    Qualification q = catalogue.qualification(learner.qualificationId()).orElseThrow();
    RoleFramework current = catalogue.role(learner.currentRoleId()).orElseThrow();
    Optional<String> nextTitle = current.nextRole().map(RoleFramework.Pathway::title);
    Optional<RoleFramework> target = nextTitle.flatMap(catalogue::roleTitled);

    List<Object> facts = new ArrayList<>();
    facts.add(new AssessmentDay(assessedOn));
    facts.add(new Scale(policy.proficiencyScale()));
    facts.add(
        new LearnerFact(
            learner.id(),
            learner.weeklyLearningHours() == null
                ? policy.defaultWeeklyLearningHours()
                : learner.weeklyLearningHours()));

    // The criteria in play: those the qualification maps to and those the evidence claims.
    Set<String> criterionIds = new LinkedHashSet<>();
    q.units().forEach(u -> u.assessmentCriteria().forEach(ac -> criterionIds.addAll(ac.maps())));
    bundle.evidence().forEach(e -> criterionIds.addAll(e.criteria()));
    Map<String, Criterion> criteria = new LinkedHashMap<>();
    Map<String, CriterionFact> criterionFacts = new LinkedHashMap<>();
    for (String id : criterionIds) {
      Criterion c = catalogue.criterion(id).orElseThrow();
      criteria.put(id, c);
      CriterionFact fact =
          new CriterionFact(
              c.id(),
              c.unitCode(),
              c.kind(),
              c.requiredProficiency().value(),
              c.requiredProficiency().name(),
              c.evidence().minimumAccepted(),
              Set.copyOf(c.evidence().methods()),
              c.evidence().observationRequired(),
              c.evidence().currencyMonths());
      criterionFacts.put(id, fact);
      facts.add(fact);
    }

    for (EvidenceItem item : bundle.evidence()) {
      // A judgement covers the criteria claimed when it was made; a criterion claimed since
      // awaits an assessor, so the item is seen undecided for it.
      EvidenceFact judged = evidenceFact(learner.id(), item, item.decision());
      EvidenceFact awaiting = null;
      boolean judgedUsed = false;
      for (String claimed : item.criteria()) {
        EvidenceFact e = judged;
        if (item.decision() != null && !item.decision().covers(claimed)) {
          awaiting = awaiting != null ? awaiting : evidenceFact(learner.id(), item, null);
          e = awaiting;
        } else {
          judgedUsed = true;
        }
        facts.add(new Claim(e, criterionFacts.get(claimed)));
      }
      facts.add(judgedUsed || awaiting == null ? judged : awaiting);
    }

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

    addRole(facts, catalogue, current, false);
    target.ifPresent(r -> addRole(facts, catalogue, r, true));
    return new AssessmentFacts(q, current, target, nextTitle, criteria, facts);
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

  private static void addRole(
      List<Object> facts, Catalogue catalogue, RoleFramework role, boolean target) {
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
      criteria.forEach(k -> facts.add(new CompetencyCriterion(role.id(), c.id(), k)));
    }
  }
}
