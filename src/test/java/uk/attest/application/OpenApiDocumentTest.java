package uk.attest.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API's own page says what each operation is, takes and answers, in the domain's words. */
@SpringBootTest(
    properties = {
      "attest.demo-data.enabled=false",
      "spring.datasource.url=jdbc:h2:mem:openapi;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
@AutoConfigureMockMvc
class OpenApiDocumentTest {
  @Autowired MockMvc mvc;

  private JsonNode document() throws Exception {
    String body =
        mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonMapper.builder().build().readTree(body);
  }

  @Test
  void everyOperationHasASummaryAndATagNamedForTheDomain() throws Exception {
    JsonNode paths = document().get("paths");
    List<String> missing = new ArrayList<>();
    paths
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op -> {
                          JsonNode o = op.getValue();
                          if (!o.has("summary") || o.get("summary").asString().isBlank()) {
                            missing.add(op.getKey() + " " + path.getKey() + ": no summary");
                          }
                          o.path("tags")
                              .forEach(
                                  tag -> {
                                    if (tag.asString().endsWith("-controller")) {
                                      missing.add(path.getKey() + ": tag " + tag.asString());
                                    }
                                  });
                        }));
    assertThat(missing).isEmpty();
    assertThat(paths.properties()).allSatisfy(p -> assertThat(p.getKey()).startsWith("/api/"));
  }

  @Test
  void theUploadSaysItsMetadataIsJsonWithItsRealFieldsAndThatItAnswers201() throws Exception {
    JsonNode doc = document();
    JsonNode upload = doc.at("/paths/~1api~1learners~1{id}~1evidence/post");
    JsonNode multipart = upload.at("/requestBody/content/multipart~1form-data");
    assertThat(multipart.at("/encoding/metadata/contentType").asString())
        .isEqualTo("application/json");
    String parts = multipart.at("/schema/$ref").asString();
    JsonNode schema = doc.at("/components/schemas/" + parts.substring(parts.lastIndexOf('/') + 1));
    String metadata = schema.at("/properties/metadata/$ref").asString();
    JsonNode request =
        doc.at("/components/schemas/" + metadata.substring(metadata.lastIndexOf('/') + 1));
    assertThat(request.get("properties").propertyNames())
        .contains("title", "method", "activityDate", "criteria", "learnerDeclaration", "witness");
    assertThat(upload.get("responses").propertyNames()).contains("201", "200", "413", "415", "422");
  }

  @Test
  void downloadsSayTheyArePdfWorkbookAndZipFiles() throws Exception {
    JsonNode paths = document().get("paths");
    assertThat(
            paths
                .at("/~1api~1learners~1{id}~1portfolio.pdf/get/responses/200/content")
                .propertyNames())
        .contains("application/pdf");
    assertThat(
            paths
                .at(
                    "/~1api~1centres~1{id}~1exports~1{qualificationId}.zip/get/responses/200/content")
                .propertyNames())
        .contains("application/zip");
  }

  @Test
  void problemsAreDescribedAsProblemDetails() throws Exception {
    JsonNode doc = document();
    assertThat(doc.at("/components/schemas/ProblemDetail/properties").propertyNames())
        .contains("title", "status", "detail", "errors");
    assertThat(doc.at("/paths/~1api~1evidence~1{id}/get/responses/404/content").propertyNames())
        .contains("application/problem+json");
  }
}
