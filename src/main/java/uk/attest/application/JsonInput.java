package uk.attest.application;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import uk.attest.shared.RefusedText;
import uk.attest.shared.Text;

/**
 * How request bodies are read: every value must have the JSON type its field has (12345 is not a
 * title, "true" is not a boolean, 20250901 is not a date), a list holds no nulls, and no string
 * anywhere carries control characters (tabs and line breaks aside, which free text may hold). The
 * services then check each field's length and meaning (uk.attest.shared.Checks).
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {
  @Bean
  JsonMapperBuilderCustomizer strictJsonInput() {
    return builder ->
        builder
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .changeDefaultNullHandling(n -> n.withContentNulls(Nulls.FAIL))
            .withConfigOverride(
                LocalDate.class, o -> o.setFormat(JsonFormat.Value.forLeniency(false)))
            .withConfigOverride(
                OffsetDateTime.class, o -> o.setFormat(JsonFormat.Value.forLeniency(false)))
            .addModule(new SimpleModule("attest-strict-text").addDeserializer(String.class, TEXT));
  }

  private static final StrictText TEXT = new StrictText();

  /** Text only from a JSON string, and only characters some field accepts. */
  static final class StrictText extends StdScalarDeserializer<String> {
    StrictText() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (String) ctxt.handleUnexpectedToken(String.class, p);
      }
      String text = p.getString();
      var problem = Text.freeTextProblem(text);
      if (problem.isPresent()) {
        throw new RefusedText(p, problem.get());
      }
      return text;
    }
  }
}
