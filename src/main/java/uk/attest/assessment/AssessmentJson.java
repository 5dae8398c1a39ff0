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

  private static final JsonMapper LINES =
      JsonMapper.builder().disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

  private AssessmentJson() {}

  /** The same JSON on one line, for files of one assessment per line (NDJSON). */
  public static String line(Object value) {
    return LINES.writeValueAsString(value);
  }

  public static String write(Object value) {
    return JSON.writeValueAsString(value) + "\n";
  }
}
