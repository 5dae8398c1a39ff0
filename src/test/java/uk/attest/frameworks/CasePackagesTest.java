package uk.attest.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.CatalogueLoader;

/**
 * The catalogue as CASE 1.1 frameworks: a package per NOS unit and per qualification, shaped as
 * 1EdTech's package schema asks, with identifiers that stay the same from one export to the next.
 */
class CasePackagesTest {
  private static final Catalogue CATALOGUE = CatalogueLoader.load(Path.of("criteria"));
  private static final CasePackages CASE = new CasePackages(CATALOGUE, "https://attest.example");

  /**
   * From case-v1p1-cfpackage-schema.json (CASE Service 1.1, getCFPackage response): for each
   * object, its required properties and every property it may have (additionalProperties false).
   */
  private record Shape(Set<String> required, Set<String> allowed) {}

  private static final String UUID_PATTERN =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[8-9a-b][0-9a-f]{3}-[0-9a-f]{12}";

  private static final Shape DOCUMENT =
      new Shape(
          Set.of("identifier", "uri", "creator", "title", "lastChangeDateTime"),
          Set.of(
              "identifier",
              "uri",
              "frameworkType",
              "caseVersion",
              "creator",
              "title",
              "lastChangeDateTime",
              "officialSourceURL",
              "publisher",
              "description",
              "subject",
              "subjectURI",
              "language",
              "version",
              "adoptionStatus",
              "statusStartDate",
              "statusEndDate",
              "licenseURI",
              "notes",
              "extensions"));
  private static final Shape ITEM =
      new Shape(
          Set.of("identifier", "fullStatement", "uri", "lastChangeDateTime"),
          Set.of(
              "identifier",
              "fullStatement",
              "alternativeLabel",
              "CFItemType",
              "uri",
              "humanCodingScheme",
              "listEnumeration",
              "abbreviatedStatement",
              "conceptKeywords",
              "conceptKeywordsURI",
              "notes",
              "subject",
              "subjectURI",
              "language",
              "educationLevel",
              "CFItemTypeURI",
              "licenseURI",
              "statusStartDate",
              "statusEndDate",
              "lastChangeDateTime",
              "extensions"));
  private static final Shape ASSOCIATION =
      new Shape(
          Set.of(
              "identifier",
              "associationType",
              "uri",
              "originNodeURI",
              "destinationNodeURI",
              "lastChangeDateTime"),
          Set.of(
              "identifier",
              "associationType",
              "sequenceNumber",
              "uri",
              "originNodeURI",
              "destinationNodeURI",
              "CFAssociationGroupingURI",
              "lastChangeDateTime",
              "notes",
              "extensions"));
  private static final Shape ITEM_TYPE =
      new Shape(
          Set.of(
              "identifier", "uri", "title", "description", "hierarchyCode", "lastChangeDateTime"),
          Set.of(
              "identifier",
              "uri",
              "title",
              "description",
              "hierarchyCode",
              "typeCode",
              "lastChangeDateTime",
              "extensions"));

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(CasePackage p, String key) {
    return (List<Map<String, Object>>) p.json().get(key);
  }

  private static CasePackage unit(String code) {
    return CASE.packages().stream().filter(p -> p.name().equals(code)).findFirst().orElseThrow();
  }

  private static Map<String, Object> item(CasePackage p, String code) {
    return list(p, "CFItems").stream()
        .filter(i -> code.equals(i.get("humanCodingScheme")))
        .findFirst()
        .orElseThrow();
  }

  private static void hasShape(Map<String, Object> object, Shape shape, String what) {
    assertThat(object.keySet()).as(what).containsAll(shape.required());
    assertThat(shape.allowed()).as(what).containsAll(object.keySet());
    assertThat((String) object.get("identifier")).as(what).matches(UUID_PATTERN);
    assertThat((String) object.get("lastChangeDateTime"))
        .as(what)
        .matches("\\d{4}-\\d\\d-\\d\\dT00:00:00Z");
  }

  @Test
  void everyNosUnitAndQualificationIsOnePackage() {
    assertThat(CASE.packages())
        .extracting(CasePackage::name)
        .hasSize(CATALOGUE.units().size() + CATALOGUE.qualifications().size())
        .contains("ATTECL01", "ATTECL14", "attest-l5-diploma-ecommerce-sales-leadership");
    assertThat(CASE.documents())
        .allSatisfy(
            d -> {
              assertThat(d).containsEntry("caseVersion", "1.1");
              // getAllCFDocuments' CFDocument (CFDocumentDType) requires its package's link
              assertThat(d).containsKey("CFPackageURI");
            });
  }

  @Test
  void aNosUnitsCriteriaAreItemsCodedP1AndK1UnderItsDocument() {
    CasePackage p = unit("ATTECL01");
    var unit = CATALOGUE.unit("ATTECL01").orElseThrow();
    assertThat(p.document())
        .containsEntry("title", unit.title())
        .containsEntry("creator", "Attest (illustrative)")
        .containsEntry("adoptionStatus", "Adopted")
        .containsEntry("lastChangeDateTime", "2026-11-01T00:00:00Z")
        .containsEntry("uri", "https://attest.example/ims/case/v1p1/CFDocuments/" + p.identifier());
    assertThat(list(p, "CFItems")).hasSize(unit.criteria().size());
    assertThat(item(p, "P1"))
        .containsEntry("CFItemType", "Performance Criterion")
        .containsEntry("fullStatement", unit.criteria().get(0).text());
    assertThat(item(p, "K7")).containsEntry("CFItemType", "Knowledge");
    assertThat(list(p, "CFAssociations"))
        .hasSize(unit.criteria().size())
        .allSatisfy(
            a -> {
              assertThat(a).containsEntry("associationType", "isChildOf");
              assertThat((Map<String, Object>) a.get("destinationNodeURI"))
                  .containsEntry("identifier", p.identifier());
            });
  }

  @Test
  void everyPackageHasTheShapeTheCase11PackageSchemaAsks() {
    for (CasePackage p : CASE.packages()) {
      assertThat(p.json().keySet())
          .containsExactly("CFDocument", "CFItems", "CFAssociations", "CFDefinitions");
      hasShape(p.document(), DOCUMENT, p.name());
      list(p, "CFItems").forEach(i -> hasShape(i, ITEM, p.name() + " item"));
      list(p, "CFAssociations").forEach(a -> hasShape(a, ASSOCIATION, p.name() + " association"));
      @SuppressWarnings("unchecked")
      var types =
          (List<Map<String, Object>>)
              ((Map<String, Object>) p.json().get("CFDefinitions")).get("CFItemTypes");
      types.forEach(t -> hasShape(t, ITEM_TYPE, p.name() + " item type"));
    }
  }

  @Test
  void identifiersAreNameBasedSoEveryExportIsTheSame() {
    String first = CaseJson.write(CASE.packages().stream().map(CasePackage::json).toList());
    String again =
        CaseJson.write(
            new CasePackages(CatalogueLoader.load(Path.of("criteria")), "https://attest.example")
                .packages().stream().map(CasePackage::json).toList());
    assertThat(again).isEqualTo(first);
    assertThat(item(unit("ATTECL01"), "P1"))
        .containsEntry("identifier", CaseIds.of("attest:nos:ATTECL01.P1"));
    // RFC 9562 appendix A.4: version 5 of "www.example.com" in the DNS namespace.
    assertThat(
            CaseIds.v5(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"))
        .hasToString("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  }

  @Test
  void aQualificationIsUnitsOutcomesAndCriteriaEachTheChildOfTheOneAbove() {
    CasePackage q = unit("attest-l5-diploma-ecommerce-sales-leadership");
    Map<String, Object> unit = item(q, "Z/699/9501");
    Map<String, Object> outcome = item(q, "U501/1");
    Map<String, Object> criterion = item(q, "U501/1.1");
    assertThat(unit).containsEntry("CFItemType", "Unit");
    assertThat(outcome).containsEntry("CFItemType", "Learning Outcome");
    assertThat(criterion).containsEntry("CFItemType", "Assessment Criterion");
    assertThat(parentOf(q, criterion)).isEqualTo(outcome.get("identifier"));
    assertThat(parentOf(q, outcome)).isEqualTo(unit.get("identifier"));
    assertThat(parentOf(q, unit)).isEqualTo(q.identifier());
  }

  @Test
  void aCriterionMappedToOneNosCriterionIsAnExactMatchAndToSeveralIsRelatedToEach() {
    CasePackage q = unit("attest-l5-diploma-ecommerce-sales-leadership");
    CasePackage nos = unit("ATTECL02");
    assertThat(mappings(q, "U501/1.1"))
        .containsExactly(Map.entry("exactMatchOf", item(nos, "K1").get("identifier")));
    assertThat(mappings(q, "U501/1.2"))
        .containsExactly(
            Map.entry("isRelatedTo", item(nos, "K2").get("identifier")),
            Map.entry("isRelatedTo", item(nos, "K3").get("identifier")));
  }

  @SuppressWarnings("unchecked")
  private static Object parentOf(CasePackage p, Map<String, Object> item) {
    return list(p, "CFAssociations").stream()
        .filter(a -> a.get("associationType").equals("isChildOf"))
        .filter(
            a ->
                ((Map<String, Object>) a.get("originNodeURI"))
                    .get("identifier")
                    .equals(item.get("identifier")))
        .map(a -> ((Map<String, Object>) a.get("destinationNodeURI")).get("identifier"))
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<Map.Entry<Object, Object>> mappings(CasePackage p, String acCode) {
    Object id = item(p, acCode).get("identifier");
    return list(p, "CFAssociations").stream()
        .filter(a -> !a.get("associationType").equals("isChildOf"))
        .filter(a -> ((Map<String, Object>) a.get("originNodeURI")).get("identifier").equals(id))
        .map(
            a ->
                Map.entry(
                    a.get("associationType"),
                    ((Map<String, Object>) a.get("destinationNodeURI")).get("identifier")))
        .toList();
  }
}
