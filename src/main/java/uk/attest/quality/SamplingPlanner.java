package uk.attest.quality;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import uk.attest.assessment.RuleBook;
import uk.attest.assessment.Words;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.Criterion;
import uk.attest.catalogue.NosUnit;
import uk.attest.catalogue.Qualification;
import uk.attest.catalogue.SamplingPolicy;
import uk.attest.evidence.CentreDecisions.Decision;
import uk.attest.evidence.CentreDecisions.Records;
import uk.attest.evidence.Sample;
import uk.attest.evidence.SampleOutcome;
import uk.attest.learners.People.Assessor;
import uk.attest.quality.SamplingPlan.Coverage;
import uk.attest.quality.SamplingPlan.CoverageRow;
import uk.attest.quality.SamplingPlan.IqaDecision;
import uk.attest.quality.SamplingPlan.PlannedSample;
import uk.attest.quality.SamplingPlan.Reason;
import uk.attest.quality.facts.AssessorFact;
import uk.attest.quality.facts.AssessorOnQualification;
import uk.attest.quality.facts.DecisionFact;
import uk.attest.quality.facts.First;
import uk.attest.quality.facts.Pick;
import uk.attest.quality.facts.StandardFact;

/**
 * Works out a centre's sampling plan: the centre's decisions and the IQA's findings become facts,
 * the rules in rules/quality/ pick, and the picks are gathered per decision with all their reasons.
 * Plain Java: the same records always give the same plan.
 */
public final class SamplingPlanner {
  private final RuleBook rules;
  private final Catalogue catalogue;
  private final ZoneId zone;

  public SamplingPlanner(RuleBook rules, Catalogue catalogue, ZoneId zone) {
    this.rules = rules;
    this.catalogue = catalogue;
    this.zone = zone;
  }

  public String version() {
    return rules.version();
  }

  /** The policy's default period: periodMonths up to and including the given day. */
  public LocalDate defaultFrom(LocalDate to) {
    return to.minusMonths(policy().periodMonths()).plusDays(1);
  }

  private SamplingPolicy policy() {
    SamplingPolicy policy = catalogue.policy().sampling();
    if (policy == null) {
      throw new uk.attest.shared.ConflictException(
          "the criteria folder's policy.yaml has no 'sampling' section, so no sampling plan can be"
              + " made; add one with the rates, as in the shipped criteria/policy.yaml");
    }
    return policy;
  }

  /** The plan for decisions made from one day to another, both included. */
  public SamplingPlan plan(Records records, LocalDate from, LocalDate to) {
    SamplingPolicy policy = policy();
    Map<String, Assessor> assessors = new LinkedHashMap<>();
    records.assessors().forEach(a -> assessors.put(a.id(), a));
    Predicate<Sample> known = s -> !day(s.sampledAt()).isAfter(to);

    List<Object> facts = new ArrayList<>();
    facts.add(policy);
    Map<String, DecisionFact> inPeriod = new LinkedHashMap<>();
    Map<String, Decision> byId = new LinkedHashMap<>();
    Map<String, String> standardTitles = new TreeMap<>();
    for (Decision d : records.decisions()) {
      LocalDate on = day(d.judgement().decidedAt());
      if (on.isBefore(from) || on.isAfter(to)) {
        continue;
      }
      List<String> standards =
          d.judgement().criteria().stream()
              .map(c -> catalogue.criterion(c).map(Criterion::unitCode).orElse(null))
              .filter(c -> c != null)
              .distinct()
              .sorted()
              .toList();
      standards.forEach(
          c -> standardTitles.put(c, catalogue.unit(c).map(NosUnit::title).orElse(c)));
      String assessorId = d.judgement().assessorId();
      DecisionFact fact =
          new DecisionFact(
              d.judgement().id(),
              d.judgement().evidenceId(),
              d.evidenceTitle(),
              d.learner().id(),
              d.learner().name(),
              assessorId,
              assessorName(assessors, assessorId),
              d.judgement().assessorQualified(),
              d.qualificationId(),
              qualificationTitle(d.qualificationId()),
              standards,
              d.method(),
              Words.method(d.method()),
              on,
              "READY".equals(d.readiness()),
              d.samples().stream().anyMatch(known),
              Draw.of(d.judgement().id()));
      inPeriod.put(fact.id(), fact);
      byId.put(fact.id(), d);
    }
    facts.addAll(inPeriod.values());
    standardTitles.forEach((code, title) -> facts.add(new StandardFact(code, title)));
    facts.addAll(assessorFacts(records, assessors, known));
    facts.addAll(experience(records, inPeriod.values(), from));

    Map<String, List<Reason>> reasons = new LinkedHashMap<>();
    Map<String, Reason> first = new LinkedHashMap<>();
    for (Object out : rules.run(facts)) {
      if (out instanceof Pick p) {
        reasons
            .computeIfAbsent(p.decision().id(), k -> new ArrayList<>())
            .add(new Reason(p.rule(), p.reason()));
      } else if (out instanceof First f) {
        first.putIfAbsent(f.judgementId(), new Reason(f.rule(), f.reason()));
      }
    }
    List<PlannedSample> picks = new ArrayList<>();
    reasons.forEach(
        (id, why) -> {
          DecisionFact d = inPeriod.get(id);
          why.sort(Comparator.comparing(Reason::rule));
          picks.add(
              new PlannedSample(
                  d.id(),
                  d.evidenceId(),
                  d.evidenceTitle(),
                  d.learnerId(),
                  d.learnerName(),
                  d.assessorId(),
                  d.assessorName(),
                  d.assessorQualified(),
                  d.method(),
                  d.methodWords(),
                  d.standards(),
                  d.decidedOn(),
                  d.summative(),
                  first.containsKey(id),
                  first.get(id),
                  why,
                  latest(byId.get(id), known),
                  d.draw()));
        });
    // Summative first, then the newest decisions; the judgement id settles the rest.
    picks.sort(
        Comparator.comparing((PlannedSample p) -> !p.first())
            .thenComparing(PlannedSample::decidedOn, Comparator.reverseOrder())
            .thenComparing(PlannedSample::judgementId));
    return new SamplingPlan(
        records.centre().id(),
        records.centre().name(),
        from,
        to,
        rules.version(),
        inPeriod.size(),
        picks,
        coverage(inPeriod.values(), reasons.keySet(), standardTitles),
        iqaDecisions(inPeriod, byId, known));
  }

  /** Each assessor's sampled decisions up to the plan's end, and how many needed action. */
  private static List<AssessorFact> assessorFacts(
      Records records, Map<String, Assessor> assessors, Predicate<Sample> known) {
    Map<String, int[]> found = new LinkedHashMap<>();
    assessors.keySet().forEach(id -> found.put(id, new int[2]));
    for (Decision d : records.decisions()) {
      int[] counts = found.computeIfAbsent(d.judgement().assessorId(), k -> new int[2]);
      for (Sample s : d.samples()) {
        if (known.test(s)) {
          counts[0]++;
          if (s.outcome() == SampleOutcome.ACTION_REQUIRED) {
            counts[1]++;
          }
        }
      }
    }
    List<AssessorFact> out = new ArrayList<>();
    found.forEach(
        (id, counts) -> {
          Assessor a = assessors.get(id);
          out.add(
              new AssessorFact(
                  id, a == null ? id : a.name(), a != null && a.qualified(), counts[0], counts[1]));
        });
    return out;
  }

  /** For each assessor and qualification decided on in the period, the decisions before it. */
  private List<AssessorOnQualification> experience(
      Records records, java.util.Collection<DecisionFact> inPeriod, LocalDate from) {
    Map<String, AssessorOnQualification> out = new TreeMap<>();
    for (DecisionFact d : inPeriod) {
      String key = d.assessorId() + "\u0000" + d.qualificationId();
      out.computeIfAbsent(
          key,
          k ->
              new AssessorOnQualification(
                  d.assessorId(),
                  d.qualificationId(),
                  (int)
                      records.decisions().stream()
                          .filter(x -> x.judgement().assessorId().equals(d.assessorId()))
                          .filter(x -> x.qualificationId().equals(d.qualificationId()))
                          .filter(x -> day(x.judgement().decidedAt()).isBefore(from))
                          .count()));
    }
    return List.copyOf(out.values());
  }

  private static Coverage coverage(
      java.util.Collection<DecisionFact> decisions,
      java.util.Set<String> planned,
      Map<String, String> standardTitles) {
    return new Coverage(
        rows(decisions, planned, d -> List.of(d.assessorId()), d -> d.assessorName()),
        rows(decisions, planned, DecisionFact::standards, null, standardTitles),
        rows(decisions, planned, d -> List.of(d.method().name()), DecisionFact::methodWords),
        rows(
            decisions,
            planned,
            d -> List.of(d.summative() ? "SUMMATIVE" : "INTERIM"),
            d -> d.summative() ? "Summative (ready for certification)" : "Interim"));
  }

  private static List<CoverageRow> rows(
      java.util.Collection<DecisionFact> decisions,
      java.util.Set<String> planned,
      Function<DecisionFact, List<String>> keys,
      Function<DecisionFact, String> name) {
    return rows(decisions, planned, keys, name, Map.of());
  }

  private static List<CoverageRow> rows(
      java.util.Collection<DecisionFact> decisions,
      java.util.Set<String> planned,
      Function<DecisionFact, List<String>> keys,
      Function<DecisionFact, String> name,
      Map<String, String> names) {
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, String> labels = new TreeMap<>();
    for (DecisionFact d : decisions) {
      for (String key : keys.apply(d)) {
        int[] c = counts.computeIfAbsent(key, k -> new int[3]);
        c[0]++;
        c[1] += d.sampled() ? 1 : 0;
        c[2] += planned.contains(d.id()) ? 1 : 0;
        labels.putIfAbsent(key, name == null ? key + " " + names.get(key) : name.apply(d));
      }
    }
    List<CoverageRow> out = new ArrayList<>();
    counts.forEach(
        (key, c) ->
            out.add(new CoverageRow(key, labels.get(key), c[0], c[1], c[2], c[1] * 100 / c[0])));
    out.sort(Comparator.comparing(CoverageRow::name));
    return out;
  }

  private List<IqaDecision> iqaDecisions(
      Map<String, DecisionFact> inPeriod, Map<String, Decision> byId, Predicate<Sample> known) {
    List<IqaDecision> out = new ArrayList<>();
    inPeriod.forEach(
        (id, d) ->
            byId.get(id).samples().stream()
                .filter(known)
                .forEach(
                    s ->
                        out.add(
                            new IqaDecision(
                                d.evidenceId(),
                                d.evidenceTitle(),
                                id,
                                d.assessorName(),
                                s.iqaName(),
                                s.outcome().label(),
                                s.comment(),
                                s.sampledAt()))));
    out.sort(Comparator.comparing(IqaDecision::sampledAt).reversed());
    return out;
  }

  private static String latest(Decision d, Predicate<Sample> known) {
    return d.samples().stream()
        .filter(known)
        .reduce((a, b) -> b)
        .map(s -> s.outcome().label())
        .orElse(null);
  }

  private static String assessorName(Map<String, Assessor> assessors, String id) {
    Assessor a = assessors.get(id);
    return a == null ? id : a.name();
  }

  private String qualificationTitle(String id) {
    return catalogue.qualification(id).map(Qualification::title).orElse(id);
  }

  private LocalDate day(OffsetDateTime at) {
    return at.atZoneSameInstant(zone).toLocalDate();
  }
}
