package uk.attest.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.attest.Shipped;
import uk.attest.assessment.Assessment.CriterionView;
import uk.attest.assessment.Assessment.UnitView;

/** The example bundles, assessed on 2026-11-20, against results worked out by hand. */
class ExampleAssessmentTest {
  private static final Assessment READY =
      Shipped.ENGINE.assess(Shipped.bundle("examples/ready-learner.json"), Shipped.ASSESSED_ON);
  private static final Assessment GAPS =
      Shipped.ENGINE.assess(Shipped.bundle("examples/gaps-learner.json"), Shipped.ASSESSED_ON);

  @Test
  void aLearnerWhoseAchievedUnitsSatisfyEveryRuleOfCombinationIsReadyWithScore100() {
    // Mandatory U501–U504 (30 credits) and optional U505 (7) and U507 (5) are achieved:
    // group A has 12 ≥ 10 credits, the total 42 ≥ 40, all at level 5.
    assertThat(READY.qualification().readiness().status()).isEqualTo("READY");
    assertThat(READY.qualification().readiness().score()).isEqualTo(100);
    assertThat(READY.qualification().readiness().rule()).isEqualTo("RDY-01");
    assertThat(achieved(READY)).containsExactly("U501", "U502", "U503", "U504", "U505", "U507");
    assertThat(READY.qualification().rulesOfCombination())
        .allMatch(Assessment.CombinationView::holds);
    // Ready, so no time is left, whatever the best choice of units still has in progress.
    assertThat(READY.timeToCompetency().weeks()).isZero();
    assertThat(READY.timeToCompetency().hours()).isZero();
    assertThat(READY.timeToCompetency().rule()).isEqualTo("TTC-03");
  }

  @Test
  void everyAssessmentCriterionOfAnAchievedUnitIsMetWithTheEvidenceBehindIt() {
    for (UnitView unit : READY.qualification().units()) {
      if (unit.achieved()) {
        assertThat(unit.criteria())
            .allSatisfy(
                c -> {
                  assertThat(c.outcome()).isEqualTo("MET");
                  assertThat(c.evidence()).isNotEmpty();
                  assertThat(c.reasons().get(0).rule()).isEqualTo("AC-01");
                });
      }
    }
  }

  @Test
  void theGapsLearnersNosOutcomesAreThoseWorkedOutForEachEvidenceItem() {
    // Worked by hand from each item (see the comments): the intended effect of every item.
    Map<String, String> expected = new java.util.LinkedHashMap<>();
    // ATTECL02: EV-001..EV-004 give two counting items for every PC and one for every K.
    for (int p = 1; p <= 8; p++) expected.put("ATTECL02.P" + p, "MET");
    for (int k = 1; k <= 7; k++) expected.put("ATTECL02.K" + k, "MET");
    // ATTECL03: EV-005 is the only item for P1 P2 P4 P6 (1 of 2); EV-006 was referred (P3 P5 P8);
    // EV-007 was accepted by an unqualified assessor (K1–K3); EV-008 counts for K4–K7.
    for (String p : List.of("P1", "P2", "P4", "P6")) expected.put("ATTECL03." + p, "PARTIAL");
    for (String p : List.of("P3", "P5", "P8", "K1", "K2", "K3"))
      expected.put("ATTECL03." + p, "NOT_MET");
    expected.put("ATTECL03.P7", "NOT_STARTED");
    for (String k : List.of("K4", "K5", "K6", "K7")) expected.put("ATTECL03." + k, "MET");
    // ATTECL05: EV-009 shows Intermediate (P1 P2); EV-010 is a reflective account, not allowed for
    // P3 but allowed for K2 K5; P4 has two items but needs an observation; P6's 2023 item is
    // confirmed by the current professional discussion EV-012; P7 has one item.
    for (String p : List.of("P1", "P2", "P3")) expected.put("ATTECL05." + p, "NOT_MET");
    for (String p : List.of("P4", "P7")) expected.put("ATTECL05." + p, "PARTIAL");
    for (String p : List.of("P5", "P6", "K2", "K5")) expected.put("ATTECL05." + p, "MET");
    for (String k : List.of("K1", "K3", "K4", "K6", "K7"))
      expected.put("ATTECL05." + k, "NOT_STARTED");
    // ATTECL07: EV-014 has no declaration (P1); EV-016 awaits a decision (P2 has nothing else);
    // EV-017 is one item for P3 P4; EV-015 (2022) is not current (P5 P7).
    for (String p : List.of("P1", "P2", "P5", "P7")) expected.put("ATTECL07." + p, "NOT_MET");
    for (String p : List.of("P3", "P4")) expected.put("ATTECL07." + p, "PARTIAL");
    for (String p : List.of("P6", "P8", "K1", "K2", "K3", "K4", "K5", "K6", "K7"))
      expected.put("ATTECL07." + p, "NOT_STARTED");

    Map<String, String> actual =
        GAPS.standards().stream()
            .flatMap(s -> s.criteria().stream())
            .filter(c -> expected.containsKey(c.id()))
            .collect(Collectors.toMap(CriterionView::id, CriterionView::outcome));
    assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
  }

  @Test
  void eachUnmetCriterionSaysWhyInWordsAndNamesTheRule() {
    Map<String, CriterionView> nos = nosCriteria(GAPS);
    assertThat(nos.get("ATTECL03.P3").reasons())
        .extracting(Assessment.Reason::rule)
        .contains("OUT-06", "REL-02");
    assertThat(nos.get("ATTECL03.K1").reasons())
        .extracting(Assessment.Reason::rule)
        .contains("REL-03");
    assertThat(nos.get("ATTECL05.P1").reasons())
        .extracting(Assessment.Reason::message)
        .contains("EV-009 shows Intermediate; ATTECL05.P1 needs Advanced.");
    assertThat(nos.get("ATTECL05.P3").reasons())
        .extracting(Assessment.Reason::rule)
        .contains("VAL-01");
    assertThat(nos.get("ATTECL05.P4").reasons().get(0).rule()).isEqualTo("OUT-05");
    assertThat(nos.get("ATTECL05.P6").evidence()).containsExactly("EV-012", "EV-013");
    assertThat(nos.get("ATTECL07.P1").reasons())
        .extracting(Assessment.Reason::rule)
        .contains("AUT-01");
    assertThat(nos.get("ATTECL07.P2").reasons())
        .extracting(Assessment.Reason::rule)
        .contains("REL-01");
    assertThat(nos.get("ATTECL07.P5").reasons())
        .extracting(Assessment.Reason::rule)
        .contains("CUR-02");
    // The qualification's own criteria carry the NOS reasons too: U502 3.1 maps to ATTECL03.P3.
    CriterionView ac =
        unit(GAPS, "U502").criteria().stream()
            .filter(c -> c.id().equals("U502/3.1"))
            .findFirst()
            .orElseThrow();
    assertThat(ac.outcome()).isEqualTo("NOT_MET");
    assertThat(ac.reasons())
        .extracting(Assessment.Reason::rule)
        .containsSubsequence("AC-03", "OUT-06", "REL-02");
  }

  @Test
  void theGapsLearnerIsNotReadyAndScoresTheCreditWeightedCoverageOfTheirBestUnits() {
    // Coverage is met assessment criteria over all of them, per unit (from the NOS outcomes above):
    //   U501  12/12 (all MET)                                          8 credits × 1       = 8.0000
    //   U502   2/13 (1.4 → K5, 1.5 → K7; 1.2 and 1.3 are partly met)   8 credits × 2/13    = 1.2308
    //   U503   3/11 (1.2 → K2, 3.3 → P5, 3.4 → P6)                     7 credits × 3/11    = 1.9091
    //   U504   0/12                                                     7 credits × 0       = 0
    //   group A: nothing covered; the fewest credits reaching its 10-credit minimum are
    //   U506 (6) + U507 (5) = 11, adding 0.
    // Score = floor(100 × 11.1399 ÷ 40) = floor(27.85) = 27.
    assertThat(GAPS.qualification().readiness().status()).isEqualTo("NOT_READY");
    assertThat(GAPS.qualification().readiness().score()).isEqualTo(27);
    assertThat(coverage(GAPS))
        .containsEntry("U501", 1.0)
        .containsEntry("U502", 0.1538)
        .containsEntry("U503", 0.2727)
        .containsEntry("U504", 0.0);
    assertThat(achieved(GAPS)).containsExactly("U501");
    assertThat(counted(GAPS)).containsExactly("U501", "U502", "U503", "U504", "U506", "U507");
    assertThat(GAPS.qualification().readiness().reason())
        .contains("Mandatory group M still needs U502, U503, U504.");
  }

  @Test
  void timeToCompetencyIsTheGuidedHoursOfUnmetCriteriaOverWeeklyHoursRoundedUp() {
    // Unmet assessment criteria × (unit GLH ÷ its criteria):
    //   U502 11 × 42/13 = 35.538;  U503 8 × 36/11 = 26.182;  U504 12 × 34/12 = 34;
    //   U506 all of 30 GLH = 30;   U507 all of 26 GLH = 26.     Total 151.72 hours.
    // At the learner's 5 hours a week: 151.72 ÷ 5 = 30.34, rounded up to 31 weeks.
    assertThat(GAPS.timeToCompetency().hours()).isEqualTo(151.7203);
    assertThat(GAPS.timeToCompetency().weeklyHours()).isEqualTo(5.0);
    assertThat(GAPS.timeToCompetency().weeks()).isEqualTo(31);
  }

  @Test
  void careerProgressionIsMeasuredAgainstTheNextRoleOnTheLearnersPathway() {
    assertThat(READY.progression().currentRole()).isEqualTo("head-of-e-commerce-sales");
    assertThat(READY.progression().targetRole()).isEqualTo("director-of-digital-commerce");
    assertThat(READY.progression().score()).isBetween(1, 99);
    // The skills gap covers every competency of the current and the next role.
    assertThat(READY.gaps()).hasSize(22 + 22);
    assertThat(READY.gaps())
        .allSatisfy(
            g ->
                assertThat(g.gap())
                    .isEqualTo(Math.max(0, g.requiredLevel() - g.demonstratedLevel())));
  }

  @Test
  void everyAssessmentNamesTheCatalogueAndRulesetItWasMadeWith() {
    assertThat(GAPS.catalogueVersion())
        .isEqualTo(Shipped.CATALOGUE.version())
        .startsWith("sha256:")
        .hasSize(71);
    assertThat(GAPS.rulesetVersion())
        .isEqualTo(Shipped.RULES.version())
        .startsWith("sha256:")
        .hasSize(71);
  }

  @Test
  void shufflingTheEvidenceNeverChangesTheAssessment() {
    for (String file : List.of("examples/gaps-learner.json", "examples/ready-learner.json")) {
      EvidenceBundle bundle = Shipped.bundle(file);
      String expected = AssessmentJson.write(Shipped.ENGINE.assess(bundle, Shipped.ASSESSED_ON));
      for (int seed = 1; seed <= 5; seed++) {
        List<EvidenceBundle.EvidenceItem> items = new ArrayList<>(bundle.evidence());
        Collections.shuffle(items, new Random(seed));
        List<EvidenceBundle.EvidenceItem> shuffledClaims =
            items.stream()
                .map(
                    e -> {
                      List<String> criteria = new ArrayList<>(e.criteria());
                      Collections.reverse(criteria);
                      return new EvidenceBundle.EvidenceItem(
                          e.id(),
                          e.title(),
                          e.description(),
                          e.method(),
                          e.activityDate(),
                          criteria,
                          e.learnerDeclaration(),
                          e.witness(),
                          e.decision());
                    })
                .toList();
        String actual =
            AssessmentJson.write(
                Shipped.ENGINE.assess(
                    new EvidenceBundle(bundle.learner(), shuffledClaims), Shipped.ASSESSED_ON));
        assertThat(actual).as("%s shuffled with seed %d", file, seed).isEqualTo(expected);
      }
    }
  }

  private static Map<String, CriterionView> nosCriteria(Assessment a) {
    return a.standards().stream()
        .flatMap(s -> s.criteria().stream())
        .collect(Collectors.toMap(CriterionView::id, Function.identity()));
  }

  private static UnitView unit(Assessment a, String id) {
    return a.qualification().units().stream()
        .filter(u -> u.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> achieved(Assessment a) {
    return a.qualification().units().stream().filter(UnitView::achieved).map(UnitView::id).toList();
  }

  private static List<String> counted(Assessment a) {
    return a.qualification().units().stream().filter(UnitView::counted).map(UnitView::id).toList();
  }

  private static Map<String, Double> coverage(Assessment a) {
    return a.qualification().units().stream()
        .collect(Collectors.toMap(UnitView::id, UnitView::coverage));
  }

  @Test
  void everyReasonNamesTheEvidenceItLookedAtAndEveryCriterionListsWhatIsMapped() {
    Map<String, CriterionView> nos = nosCriteria(GAPS);
    // ATTECL07.P3: EV-017 counts; EV-016 is mapped but awaits a decision.
    CriterionView p3 = nos.get("ATTECL07.P3");
    assertThat(p3.evidence()).containsExactly("EV-017");
    assertThat(p3.mapped()).containsExactly("EV-016", "EV-017");
    assertThat(p3.reasons())
        .filteredOn(r -> r.rule().equals("REL-01"))
        .singleElement()
        .satisfies(r -> assertThat(r.evidence()).containsExactly("EV-016"));
    assertThat(p3.reasons().get(0).evidence()).containsExactly("EV-017");
  }
}
