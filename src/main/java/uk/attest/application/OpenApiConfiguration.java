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
