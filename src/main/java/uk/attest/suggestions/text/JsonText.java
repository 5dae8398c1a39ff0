package uk.attest.suggestions.text;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/** JSON: the string values in document order, one to a line; keys, numbers and punctuation go. */
final class JsonText {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonText() {}

  static void read(byte[] bytes, TextSink sink) {
    try (JsonParser parser = JSON.createParser(bytes)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING) {
          sink.append(parser.getString());
          sink.paragraph();
        }
      }
    }
  }
}
