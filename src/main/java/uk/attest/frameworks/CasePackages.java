package uk.attest.frameworks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.attest.catalogue.AssessmentCriterion;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.Criterion;
import uk.attest.catalogue.CriterionKind;
import uk.attest.catalogue.LearningOutcome;
import uk.attest.catalogue.NosUnit;
import uk.attest.catalogue.Qualification;
import uk.attest.catalogue.QualificationUnit;

/**
 * The catalogue as CASE 1.1 packages: one per NOS unit (its performance criteria and knowledge
 * items) and one per qualification (units, learning outcomes and assessment criteria, each
 * criterion's NOS mappings as exactMatchOf when it maps to one NOS criterion, isRelatedTo when to
 * several). Identifiers are name-based UUIDs and times come from the catalogue, so the same
 * catalogue exports the same bytes.
 */
public final class CasePackages {
  /** Where CASE 1.1's REST binding puts its resources. */
  public static final String PATH = "/ims/case/v1p1";

  /** For a catalogue with no approval date anywhere: a fixed time, so exports stay stable. */
  static final LocalDate NO_DATE = LocalDate.of(2026, 1, 1);

  private final Catalogue catalogue;
  private final String base;

  public CasePackages(Catalogue catalogue, String baseUrl) {
    this.catalogue = catalogue;
    this.base = baseUrl.replaceAll("/+$", "");
  }

  /** Every package: the NOS units, then the qualifications. */
  public List<CasePackage> packages() {
    List<CasePackage> out = new ArrayList<>();
    catalogue.units().forEach(u -> out.add(unit(u)));
    catalogue.qualifications().forEach(q -> out.add(qualification(q)));
    return out;
  }

  /**
   * The CFDocuments as getAllCFDocuments answers them: outside a package each names its package
   * (CFPackageURI, required there and not allowed inside the package).
   */
  public List<Map<String, Object>> documents() {
    return packages().stream()
        .map(
            p -> {
              Map<String, Object> d = new LinkedHashMap<>(p.document());
              d.put(
                  "CFPackageURI",
                  CaseJson.object(
                      "title", d.get("title"),
                      "identifier", p.identifier(),
                      "uri", base + PATH + "/CFPackages/" + p.identifier()));
              return d;
            })
        .toList();
  }

  public Optional<CasePackage> find(String identifier) {
    return packages().stream().filter(p -> p.identifier().equals(identifier)).findFirst();
  }

  static String nosKey(String criterionOrUnit) {
    return "attest:nos:" + criterionOrUnit;
  }

  private static String time(LocalDate date) {
    return (date == null ? NO_DATE : date) + "T00:00:00Z";
  }

  CasePackage unit(NosUnit unit) {
    PackageBuilder p = new PackageBuilder(base, nosKey(unit.code()), time(unit.dateApproved()));
    p.document(
        "frameworkType",
        "National Occupational Standard",
        "creator",
        Objects.requireNonNullElse(unit.developedBy(), "Attest"),
        "title",
        unit.title(),
        "lastChangeDateTime",
        time(unit.dateApproved()),
        "publisher",
        "Attest",
        "description",
        unit.overview(),
        "subject",
        unit.keywords().isEmpty() ? null : unit.keywords(),
        "language",
        "en",
        "version",
        Integer.toString(unit.version()),
        "adoptionStatus",
        "Legacy".equalsIgnoreCase(unit.validity()) ? "Deprecated" : "Adopted",
        "statusStartDate",
        unit.dateApproved() == null ? null : unit.dateApproved().toString(),
        "statusEndDate",
        unit.indicativeReviewDate() == null ? null : unit.indicativeReviewDate().toString(),
        "notes",
        unit.illustrative()
            ? "Illustrative standard written for Attest; not an approved NOS."
            : null,
        // The 1.1 CFDocument has no field for the unit's own code, suite or level.
        "extensions",
        CaseJson.object(
            "humanCodingScheme", unit.code(),
            "suite", unit.suite(),
            "rqfLevel", unit.level()));
    int sequence = 0;
    for (Criterion c : unit.criteria()) {
      p.item(
          nosKey(c.id()),
          null,
          ++sequence,
          c.kind() == CriterionKind.PERFORMANCE ? "Performance Criterion" : "Knowledge",
          c.localId(),
          c.localId().substring(1),
          c.text());
    }
    return p.build(unit.code());
  }

  CasePackage qualification(Qualification q) {
    String key = "attest:qualification:" + q.id();
    String changed =
        time(
            q.units().stream()
                .map(u -> catalogue.unit(u.nosCode()).map(NosUnit::dateApproved).orElse(null))
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null));
    PackageBuilder p = new PackageBuilder(base, key, changed);
    p.document(
        "frameworkType", "RQF Qualification",
        "creator", "Attest",
        "title", q.title(),
        "lastChangeDateTime", changed,
        "publisher", "Attest",
        "language", "en",
        "adoptionStatus", "Adopted",
        "notes",
            q.illustrative()
                ? "Illustrative qualification written for Attest; not Ofqual-accredited."
                : null,
        "extensions",
            CaseJson.object(
                "humanCodingScheme", q.number(),
                "rqfLevel", q.level(),
                "totalQualificationTime", q.tqt(),
                "guidedLearningHours", q.glh(),
                "credit", q.credit()));
    int unitSequence = 0;
    for (QualificationUnit unit : q.units()) {
      String unitKey = key + "/unit:" + unit.id();
      String unitId =
          p.item(unitKey, null, ++unitSequence, "Unit", unit.ref(), unit.id(), unit.title());
      for (LearningOutcome lo : unit.learningOutcomes()) {
        String loKey = unitKey + "/lo:" + lo.number();
        String loId =
            p.item(
                loKey,
                unitId,
                lo.number(),
                "Learning Outcome",
                unit.id() + "/" + lo.number(),
                Integer.toString(lo.number()),
                lo.text());
        int acSequence = 0;
        for (AssessmentCriterion ac : lo.assessmentCriteria()) {
          String acKey = key + "/ac:" + ac.id();
          String acId =
              p.item(
                  acKey,
                  loId,
                  ++acSequence,
                  "Assessment Criterion",
                  ac.id(),
                  ac.number(),
                  ac.text());
          String type = ac.maps().size() == 1 ? "exactMatchOf" : "isRelatedTo";
          for (String nos : ac.maps()) {
            String nosId = CaseIds.of(nosKey(nos));
            p.associate(
                acKey + ":" + type + ":" + nos,
                type,
                null,
                PackageBuilder.link(ac.id(), acId, p.uri("CFItems", acId)),
                PackageBuilder.link(nos, nosId, p.uri("CFItems", nosId)));
          }
        }
      }
    }
    return p.build(q.id());
  }
}
