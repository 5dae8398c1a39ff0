package uk.attest.assessment;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of an assessment, shared by the CLI and the API so both print the same bytes.
 */
public final class AssessmentJson {
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private AssessmentJson() {}

  public static String write(Object value) {
    return JSON.writeValueAsString(value) + "\n";
  }
}
