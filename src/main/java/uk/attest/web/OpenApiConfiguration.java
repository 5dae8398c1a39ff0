package uk.attest.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What /v3/api-docs says the API is. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
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
                        + " Errors are RFC 9457 problem details whose errors name each field."));
  }
}
