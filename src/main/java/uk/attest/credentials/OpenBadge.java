package uk.attest.credentials;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.Assessment.UnitView;
import uk.attest.shared.Sha256;

/**
 * The JSON of one OpenBadgeCredential (Open Badges 3.0, on the W3C VC data model 2.0): the
 * achievement with its criteria, the learner by a salted hash of their ULN, the evidence by title
 * and link, and the catalogue and ruleset versions as tags. Plain Java, built from an assessment.
 */
final class OpenBadge {
  static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
  static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
  static final List<String> TYPES = List.of("VerifiableCredential", "OpenBadgeCredential");

  private OpenBadge() {}

  /** What a credential is for: a unit or the qualification, under the assessment's versions. */
  record Achievement(
      String key,
      String type,
      String name,
      String description,
      String humanCode,
      String narrative,
      Set<String> evidenceIds) {}

  /** Who issues, whom it is about, and when. */
  record Issue(
      String issuerId,
      String centreName,
      String learnerId,
      String uln,
      String salt,
      String recordId,
      String catalogueVersion,
      String rulesetVersion,
      Instant validFrom) {}

  /** Deterministic per learner, achievement and assessment record: issuing again finds the same. */
  static String credentialId(String learnerId, String achievementKey, String recordId) {
    return UUID.nameUUIDFromBytes(
            (learnerId + "|" + achievementKey + "|" + recordId).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** A stable, opaque subject id for the learner, so a verifier can match their credentials. */
  static String subjectId(String learnerId) {
    return "urn:uuid:"
        + UUID.nameUUIDFromBytes(("learner|" + learnerId).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Each achieved unit, each role competency demonstrated at the proficiency its role requires,
   * then the qualification when it is READY.
   */
  static List<Achievement> achieved(Assessment assessment, String baseUrl) {
    var qualification = assessment.qualification();
    String qualificationUrl = baseUrl + "/api/qualifications/" + qualification.id();
    List<Achievement> out = new ArrayList<>();
    Set<String> allEvidence = new LinkedHashSet<>();
    for (UnitView unit : qualification.units()) {
      if (!unit.achieved()) {
        continue;
      }
      Set<String> evidence = new LinkedHashSet<>();
      StringBuilder narrative = new StringBuilder("Every assessment criterion of the unit is met:");
      for (var criterion : unit.criteria()) {
        narrative.append("\n- ").append(criterion.id()).append(" ").append(criterion.text());
        evidence.addAll(criterion.evidence());
      }
      allEvidence.addAll(evidence);
      out.add(
          new Achievement(
              qualificationUrl + "#unit-" + unit.id(),
              "Unit",
              unit.ref() + " " + unit.title(),
              "Unit "
                  + unit.ref()
                  + " (level "
                  + unit.level()
                  + ", "
                  + unit.credit()
                  + " credits) of "
                  + qualification.title()
                  + ".",
              unit.ref(),
              narrative.toString(),
              evidence));
    }
    for (var competency : assessment.gaps()) {
      if (competency.requiredLevel() <= 0
          || competency.demonstratedLevel() < competency.requiredLevel()) {
        continue;
      }
      out.add(
          new Achievement(
              baseUrl
                  + "/api/roles/"
                  + competency.role()
                  + "#competency-"
                  + competency.competency(),
              "Competency",
              competency.name() + " at " + competency.required(),
              competency.name()
                  + ", demonstrated at the proficiency the "
                  + competency.role()
                  + " role requires ("
                  + competency.required()
                  + ").",
              competency.competency(),
              "Demonstrated at "
                  + competency.required()
                  + " or above, by accepted evidence on the criteria the competency maps to:\n- "
                  + competency.reason(),
              new LinkedHashSet<>(competency.evidence())));
    }
    if ("READY".equals(qualification.readiness().status())) {
      StringBuilder narrative =
          new StringBuilder(
              "Ready for certification: the rules of combination hold and the units counted are"
                  + " achieved:");
      for (var rule : qualification.rulesOfCombination()) {
        narrative.append("\n- ").append(rule.subject());
      }
      for (UnitView unit : qualification.units()) {
        if (unit.achieved() && unit.counted()) {
          narrative.append("\n- unit ").append(unit.ref()).append(" ").append(unit.title());
        }
      }
      out.add(
          new Achievement(
              qualificationUrl,
              "Certificate",
              qualification.title(),
              qualification.title()
                  + " ("
                  + qualification.number()
                  + "), level "
                  + qualification.level()
                  + ", "
                  + qualification.credit()
                  + " credits.",
              qualification.number(),
              narrative.toString(),
              allEvidence));
    }
    return out;
  }

  static Map<String, Object> credential(
      String credentialId,
      Achievement achievement,
      Issue issue,
      Map<String, String> evidenceTitles,
      CredentialSettings settings) {
    Map<String, Object> issuer = new LinkedHashMap<>();
    issuer.put("id", issue.issuerId());
    issuer.put("type", List.of("Profile"));
    issuer.put("name", issue.centreName());

    Map<String, Object> identifier = new LinkedHashMap<>();
    identifier.put("type", "IdentityObject");
    identifier.put("identityHash", "sha256$" + Sha256.hex(issue.uln() + issue.salt()));
    identifier.put("identityType", "ext:UniqueLearnerNumber");
    identifier.put("hashed", true);
    identifier.put("salt", issue.salt());

    Map<String, Object> criteria = new LinkedHashMap<>();
    criteria.put("narrative", achievement.narrative());

    Map<String, Object> badge = new LinkedHashMap<>();
    badge.put("id", achievement.key());
    badge.put("type", List.of("Achievement"));
    badge.put("name", achievement.name());
    badge.put("description", achievement.description());
    badge.put("criteria", criteria);
    badge.put("achievementType", achievement.type());
    badge.put("humanCode", achievement.humanCode());
    badge.put("creator", issuer);
    badge.put(
        "tag",
        List.of(
            "attest-catalogue:" + issue.catalogueVersion(),
            "attest-ruleset:" + issue.rulesetVersion()));

    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("id", subjectId(issue.learnerId()));
    subject.put("type", List.of("AchievementSubject"));
    subject.put("identifier", List.of(identifier));
    subject.put("achievement", badge);

    List<Map<String, Object>> evidence = new ArrayList<>();
    for (String id : achievement.evidenceIds()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", settings.baseUrl() + "/evidence/" + id);
      item.put("type", List.of("Evidence"));
      item.put("name", evidenceTitles.getOrDefault(id, id));
      evidence.add(item);
    }

    Map<String, Object> status = new LinkedHashMap<>();
    status.put("id", settings.statusUrl(credentialId));
    status.put("type", "AttestCredentialStatus");

    Map<String, Object> vc = new LinkedHashMap<>();
    vc.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
    vc.put("id", "urn:uuid:" + credentialId);
    vc.put("type", TYPES);
    vc.put("name", achievement.name());
    vc.put("issuer", issuer);
    vc.put("validFrom", issue.validFrom().toString());
    vc.put("credentialSubject", subject);
    vc.put("evidence", evidence);
    vc.put("credentialStatus", status);
    return vc;
  }
}
