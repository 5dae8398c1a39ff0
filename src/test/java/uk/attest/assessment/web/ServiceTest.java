package uk.attest.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.Shipped;
import uk.attest.assessment.AssessmentJson;

/** The service starts on the shipped files and gives the same assessment as the command line. */
@SpringBootTest(
    properties = {
      "attest.demo-data.enabled=false",
      "attest.first-admin.username=" + ServiceTest.ADMIN,
      "attest.first-admin.password=" + ServiceTest.PASSWORD,
      "spring.datasource.url=jdbc:h2:mem:service-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
@AutoConfigureMockMvc
class ServiceTest {
  static final String ADMIN = "admin.service-test";
  static final String PASSWORD = "correct horse battery staple";

  /** The Authorization header of a signed-in account, shared by the tests of this context. */
  private static String bearer;

  @Autowired MockMvc mvc;

  /** Every /api request is signed in: a bearer token for the first admin, got once. */
  @BeforeEach
  void signIn() throws Exception {
    if (bearer == null) {
      String basic =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      String issued =
          mvc.perform(MockMvcRequestBuilders.post("/api/auth/token").header("Authorization", basic))
              .andExpect(status().isCreated())
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      bearer = "Bearer " + JsonMapper.builder().build().readTree(issued).get("token").asString();
    }
  }

  private MockHttpServletRequestBuilder get(String path) {
    return MockMvcRequestBuilders.get(path).header("Authorization", bearer);
  }

  private MockHttpServletRequestBuilder post(String path) {
    return MockMvcRequestBuilders.post(path).header("Authorization", bearer);
  }

  @Test
  void theCatalogueIsBrowsable() throws Exception {
    mvc.perform(get("/api/catalogue"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.standards").value(14));
    mvc.perform(get("/api/standards/ATTECL02"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.level").value(5));
    mvc.perform(get("/api/qualifications/attest-l5-diploma-ecommerce-sales-leadership"))
        .andExpect(jsonPath("$.number").value("699/9001/5"));
    mvc.perform(get("/api/roles/director-of-digital-commerce"))
        .andExpect(jsonPath("$.level").value(6));
  }

  @Test
  void anUnknownEntryIsAProblemDetail404() throws Exception {
    mvc.perform(get("/api/standards/NOPE1"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("no standard 'NOPE1'"));
  }

  @Test
  void aPostedBundleGetsTheSameAssessmentAsTheCommandLine() throws Exception {
    String body = Shipped.text("examples/ready-learner.json");
    String response =
        mvc.perform(
                post("/api/assessments")
                    .param("date", "2026-11-20")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    String cli =
        AssessmentJson.write(
            Shipped.ENGINE.assess(
                Shipped.bundle("examples/ready-learner.json"), Shipped.ASSESSED_ON));
    assertThat(response).isEqualTo(cli);
  }

  @Test
  void aBadBundleIsA422ProblemNamingTheFields() throws Exception {
    String body = Shipped.text("examples/ready-learner.json").replace("6139042878", "6139042879");
    mvc.perform(
            post("/api/assessments")
                .param("date", "2026-11-20")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("learner.uln"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("check digit does not match: 6139042879 is not a valid ULN"));
  }
}
