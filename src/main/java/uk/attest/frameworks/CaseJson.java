package uk.attest.frameworks;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** CASE JSON as written by the CLI: indented, keys in the order they were built. */
public final class CaseJson {
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private CaseJson() {}

  public static String write(Object value) {
    return JSON.writeValueAsString(value) + "\n";
  }

  /** An ordered JSON object from key, value pairs, leaving out the null values. */
  static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        out.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return out;
  }
}
