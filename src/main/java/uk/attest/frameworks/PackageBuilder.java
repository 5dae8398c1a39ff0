package uk.attest.frameworks;

import static uk.attest.frameworks.CaseJson.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one CFPackage: the CFDocument, then CFItems each placed under a parent with an isChildOf
 * association (CASE 1.1 §4.2: an item's place in the tree is an association, never a field), then
 * any other associations, and the CFItemTypes the items use.
 */
final class PackageBuilder {
  private final String base;
  private final String lastChange;
  private final Map<String, Object> document;
  private final String documentId;
  private final List<Map<String, Object>> items = new ArrayList<>();
  private final List<Map<String, Object>> associations = new ArrayList<>();
  private final Map<String, Map<String, Object>> itemTypes = new LinkedHashMap<>();

  PackageBuilder(String base, String documentKey, String lastChange) {
    this.base = base;
    this.lastChange = lastChange;
    this.documentId = CaseIds.of(documentKey);
    this.document = new LinkedHashMap<>();
    document.put("identifier", documentId);
    document.put("uri", uri("CFDocuments", documentId));
    document.put("caseVersion", "1.1");
  }

  String uri(String resource, String id) {
    return base + CasePackages.PATH + "/" + resource + "/" + id;
  }

  /** Document fields after identifier, uri and caseVersion, in the order given. */
  PackageBuilder document(Object... keysAndValues) {
    document.putAll(object(keysAndValues));
    return this;
  }

  String documentId() {
    return documentId;
  }

  /** Adds an item under a parent (null: the document itself) and returns its identifier. */
  String item(
      String key,
      String parentId,
      int sequence,
      String type,
      String code,
      String enumeration,
      String statement) {
    String id = CaseIds.of(key);
    Map<String, Object> typeRef = itemType(type);
    items.add(
        object(
            "identifier", id,
            "fullStatement", statement,
            "CFItemType", type,
            "uri", uri("CFItems", id),
            "humanCodingScheme", code,
            "listEnumeration", enumeration,
            "language", "en",
            "CFItemTypeURI", typeRef,
            "lastChangeDateTime", lastChange));
    String parent = parentId == null ? documentId : parentId;
    associate(
        key + ":isChildOf",
        "isChildOf",
        sequence,
        link(code == null ? statement : code, id, uri("CFItems", id)),
        parentId == null
            ? link((String) document.get("title"), parent, uri("CFDocuments", parent))
            : link(null, parent, uri("CFItems", parent)));
    return id;
  }

  void associate(
      String key,
      String type,
      Integer sequence,
      Map<String, Object> origin,
      Map<String, Object> destination) {
    String id = CaseIds.of(key);
    associations.add(
        object(
            "identifier", id,
            "associationType", type,
            "sequenceNumber", sequence,
            "uri", uri("CFAssociations", id),
            "originNodeURI", origin,
            "destinationNodeURI", destination,
            "lastChangeDateTime", lastChange));
  }

  /** A LinkGenURI: the title falls back to the identifier, as the schema requires one. */
  static Map<String, Object> link(String title, String id, String uri) {
    return object(
        "title", title == null ? id : title, "identifier", id, "uri", uri, "targetType", "CASE");
  }

  private Map<String, Object> itemType(String title) {
    String id = CaseIds.of("attest:item-type:" + title);
    itemTypes.computeIfAbsent(
        title,
        t ->
            object(
                "identifier", id,
                "uri", uri("CFItemTypes", id),
                "title", t,
                "description", ITEM_TYPES.get(t),
                "hierarchyCode", t,
                "lastChangeDateTime", lastChange));
    return object("title", title, "identifier", id, "uri", uri("CFItemTypes", id));
  }

  private static final Map<String, String> ITEM_TYPES =
      Map.of(
          "Performance Criterion",
              "What a competent person must be able to do (NOS performance criterion).",
          "Knowledge", "What a competent person needs to know and understand (NOS knowledge item).",
          "Unit", "A unit of an RQF qualification, built from a NOS unit.",
          "Learning Outcome", "What a learner will know or be able to do on completing a unit.",
          "Assessment Criterion", "What a learner must show to meet a learning outcome.");

  CasePackage build(String name) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("CFDocument", document);
    json.put("CFItems", items);
    json.put("CFAssociations", associations);
    json.put("CFDefinitions", object("CFItemTypes", List.copyOf(itemTypes.values())));
    return new CasePackage(documentId, name, json);
  }
}
