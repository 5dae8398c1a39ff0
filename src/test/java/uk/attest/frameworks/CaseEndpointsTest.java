package uk.attest.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Public frameworks at the CASE 1.1 REST paths: anyone may read them without signing in; an unknown
 * package is a problem; nothing else under those paths is opened.
 */
@SpringBootTest(
    properties = {
      "attest.demo-data.enabled=false",
      "attest.case.base-url=https://attest.example/",
      "spring.datasource.url=jdbc:h2:mem:case;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
@AutoConfigureMockMvc
class CaseEndpointsTest {
  @Autowired MockMvc mvc;

  private JsonNode json(MvcResult result) throws Exception {
    return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString());
  }

  @Test
  void anyoneCanListTheFrameworksAndReadEachPackageWithoutSigningIn() throws Exception {
    MvcResult list = mvc.perform(get("/ims/case/v1p1/CFDocuments")).andReturn();
    assertThat(list.getResponse().getStatus()).isEqualTo(200);
    JsonNode documents = json(list).get("CFDocuments");
    assertThat(documents.size()).isEqualTo(16);
    JsonNode first = documents.get(0);
    assertThat(first.get("title").asString())
        .isEqualTo("Define and lead a multi-year digital commerce strategy");
    assertThat(first.get("uri").asString())
        .isEqualTo(
            "https://attest.example/ims/case/v1p1/CFDocuments/"
                + first.get("identifier").asString());

    MvcResult one =
        mvc.perform(get("/ims/case/v1p1/CFPackages/" + first.get("identifier").asString()))
            .andReturn();
    assertThat(one.getResponse().getStatus()).isEqualTo(200);
    JsonNode pkg = json(one);
    assertThat(first.get("CFPackageURI").get("uri").asString())
        .isEqualTo(
            "https://attest.example/ims/case/v1p1/CFPackages/"
                + first.get("identifier").asString());
    assertThat(pkg.get("CFDocument").get("identifier")).isEqualTo(first.get("identifier"));
    assertThat(pkg.get("CFDocument").has("CFPackageURI")).isFalse();
    assertThat(pkg.get("CFItems").get(0).get("humanCodingScheme").asString()).isEqualTo("P1");
  }

  @Test
  void anUnknownPackageIsANotFoundProblem() throws Exception {
    MvcResult r =
        mvc.perform(get("/ims/case/v1p1/CFPackages/00000000-0000-5000-8000-000000000000"))
            .andReturn();
    assertThat(r.getResponse().getStatus()).isEqualTo(404);
    assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
    assertThat(json(r).get("detail").asString()).contains("00000000-0000-5000-8000-000000000000");
  }

  @Test
  void onlyReadingIsOpenToEveryone() throws Exception {
    assertThat(
            mvc.perform(post("/ims/case/v1p1/CFDocuments")).andReturn().getResponse().getStatus())
        .isIn(302, 401, 403);
    assertThat(mvc.perform(get("/ims/case/v1p1/CFItems/x")).andReturn().getResponse().getStatus())
        .isIn(302, 401);
    assertThat(mvc.perform(get("/api/standards")).andReturn().getResponse().getStatus())
        .isEqualTo(401);
  }
}
