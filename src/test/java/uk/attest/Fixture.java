package uk.attest;

import static uk.attest.ApiTestBase.created;
import static uk.attest.ApiTestBase.ok;

import java.util.Locale;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A centre with a qualified assessor and a learner registered on the level 5 diploma with them,
 * made through the API by the first admin, for tests that need only that much.
 */
record Fixture(Api anonymous, Api admin, String centre, String assessor, String learner) {

  static Fixture at(int port) {
    Api anonymous = new Api(port);
    Api admin = anonymous.as(anonymous.token(ApiTestBase.ADMIN, ApiTestBase.PASSWORD));
    String centre =
        created(admin.post("/api/centres", "{\"name\": \"Coleg Ceredigion\"}"))
            .get("id")
            .asString();
    Fixture f = new Fixture(anonymous, admin, centre, null, null);
    String assessor = f.newAssessor("Gwenllïan Hughes");
    String learner = f.newLearner("Siân Llŷr", assessor);
    return new Fixture(anonymous, admin, centre, assessor, learner);
  }

  String newAssessor(String name) {
    return created(
            admin.post(
                "/api/assessors",
                "{\"centreId\": \""
                    + centre
                    + "\", \"name\": \""
                    + name
                    + "\", \"qualified\": true}"))
        .get("id")
        .asString();
  }

  /** A learner registered on the level 5 diploma with the assessor given. */
  String newLearner(String name, String assessorId) {
    String id =
        created(
                admin.post(
                    "/api/learners",
                    "{\"centreId\": \""
                        + centre
                        + "\", \"name\": \""
                        + name
                        + "\", \"uln\": \""
                        + ApiTestBase.uln()
                        + "\"}"))
            .get("id")
            .asString();
    created(
        admin.post(
            "/api/learners/" + id + "/registrations",
            "{\"qualificationId\": \""
                + ApiTestBase.L5
                + "\", \"currentRole\": \""
                + ApiTestBase.HEAD
                + "\", \"startDate\": \"2025-09-01\", \"assessorId\": \""
                + assessorId
                + "\"}"));
    return id;
  }

  /** A client signed in as a new account with one role linked to a record. */
  Api signedIn(String role, String linkField, String linkId) {
    String username = role.toLowerCase(Locale.ROOT) + "." + UUID.randomUUID();
    created(
        admin.post(
            "/api/accounts",
            "{\"username\": \""
                + username
                + "\", \"displayName\": \"Test "
                + role.toLowerCase(Locale.ROOT)
                + "\", \"password\": \""
                + ApiTestBase.PASSWORD
                + "\", \"roles\": [\""
                + role
                + "\"], \""
                + linkField
                + "\": \""
                + linkId
                + "\"}"));
    return anonymous.as(anonymous.token(username, ApiTestBase.PASSWORD));
  }

  Api assessorApi() {
    return signedIn("ASSESSOR", "assessorId", assessor);
  }

  Api learnerApi() {
    return signedIn("LEARNER", "learnerId", learner);
  }

  JsonNode nosCriterion(String id) {
    Api reader = signedIn("IQA", "centreId", centre);
    for (JsonNode s : ok(reader.get("/api/learners/" + learner + "/assessment")).get("standards")) {
      for (JsonNode c : s.get("criteria")) {
        if (c.get("id").asString().equals(id)) {
          return c;
        }
      }
    }
    throw new AssertionError("no criterion " + id + " in the assessment");
  }
}
