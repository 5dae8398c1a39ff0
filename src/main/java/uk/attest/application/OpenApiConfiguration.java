package uk.attest.application;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What /v3/api-docs says the API is. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
  static {
    // The signed-in actor is resolved from the credentials, not sent as a parameter.
    org.springdoc.core.utils.SpringDocUtils.getConfig()
        .addRequestWrapperToIgnore(uk.attest.shared.Actor.class);
  }

  /**
   * The problems each operation can answer with, as RFC 9457 problem details: every operation may
   * meet 401; one naming a record, 404; one taking input, 400; and those whose services refuse more
   * (conflicts, sizes, types, unknown criteria) say so.
   */
  @Bean
  org.springdoc.core.customizers.GlobalOperationCustomizer problemResponses() {
    return (operation, handler) -> {
      var responses = operation.getResponses();
      String name = handler.getMethod().getName();
      boolean writes =
          handler.hasMethodAnnotation(org.springframework.web.bind.annotation.PostMapping.class)
              || handler.hasMethodAnnotation(
                  org.springframework.web.bind.annotation.PatchMapping.class)
              || handler.hasMethodAnnotation(
                  org.springframework.web.bind.annotation.DeleteMapping.class);
      boolean names =
          java.util.Arrays.stream(handler.getMethodParameters())
              .anyMatch(
                  p ->
                      p.hasParameterAnnotation(
                          org.springframework.web.bind.annotation.PathVariable.class));
      problem(responses, "401", "Not signed in, or the token is unknown, expired or revoked");
      if (writes || operation.getParameters() != null && !operation.getParameters().isEmpty()) {
        problem(responses, "400", "The request has problems; errors names each field");
      }
      if (writes) {
        problem(responses, "403", "Your account may see this but not do this");
      }
      if (names) {
        problem(responses, "404", "No such record, or not one you may see");
      }
      switch (name) {
        case "upload", "receive" -> {
          problem(
              responses, "409", "The Idempotency-Key (or platform id) was used for other content");
          problem(responses, "413", "Too large; the limit is named");
          problem(responses, "415", "A file of a type not accepted, or not what it says it is");
          problem(responses, "422", "Criteria the catalogue does not know, all listed");
        }
        case "claim" -> problem(responses, "422", "Criteria the catalogue does not know");
        case "judge" ->
            problem(responses, "409", "The Idempotency-Key was used for another judgement");
        case "sample" -> problem(responses, "409", "The evidence has no judgement to sample yet");
        case "create", "createLearner", "approve", "register" ->
            problem(responses, "409", "It exists already");
        default -> {}
      }
      return operation;
    };
  }

  /** RFC 9457 problem details as Attest writes them, with errors naming each field. */
  private static io.swagger.v3.oas.models.media.Schema<?> problemDetail() {
    var text = new io.swagger.v3.oas.models.media.StringSchema();
    var error =
        new io.swagger.v3.oas.models.media.ObjectSchema()
            .addProperty("field", text)
            .addProperty("message", text);
    return new io.swagger.v3.oas.models.media.ObjectSchema()
        .description("RFC 9457 problem details")
        .addProperty("type", text)
        .addProperty("title", text)
        .addProperty("status", new io.swagger.v3.oas.models.media.IntegerSchema())
        .addProperty("detail", text)
        .addProperty("instance", text)
        .addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(error));
  }

  private static void problem(
      io.swagger.v3.oas.models.responses.ApiResponses responses, String code, String why) {
    if (!responses.containsKey(code)) {
      responses.addApiResponse(
          code,
          new io.swagger.v3.oas.models.responses.ApiResponse()
              .description(why)
              .content(
                  new io.swagger.v3.oas.models.media.Content()
                      .addMediaType(
                          "application/problem+json",
                          new io.swagger.v3.oas.models.media.MediaType()
                              .schema(
                                  new io.swagger.v3.oas.models.media.Schema<>()
                                      .$ref("#/components/schemas/ProblemDetail")))));
    }
  }

  @Bean
  OpenAPI attestApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Attest")
                .version("0.1")
                .description(
                    "Competency assessment for UK vocational learning: evidence, claims and judgements in;"
                        + " competency matrix, qualification readiness, career progression and skills gaps out."
                        + " Errors are RFC 9457 problem details whose errors name each field."
                        + " Sign in with HTTP Basic, or get a bearer token from POST /api/auth/token."))
        .components(
            new io.swagger.v3.oas.models.Components()
                .addSchemas("ProblemDetail", problemDetail())
                .addSecuritySchemes(
                    "basic",
                    new io.swagger.v3.oas.models.security.SecurityScheme()
                        .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP)
                        .scheme("basic"))
                .addSecuritySchemes(
                    "bearer",
                    new io.swagger.v3.oas.models.security.SecurityScheme()
                        .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP)
                        .scheme("bearer")))
        .addSecurityItem(
            new io.swagger.v3.oas.models.security.SecurityRequirement().addList("basic"))
        .addSecurityItem(
            new io.swagger.v3.oas.models.security.SecurityRequirement().addList("bearer"));
  }
}
