package uk.attest.credentials;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.attest.assessment.Assessment;
import uk.attest.credentials.IssuedCredentials.Issued;
import uk.attest.credentials.OpenBadge.Achievement;
import uk.attest.evidence.AssessmentRecord;
import uk.attest.evidence.EvidenceView;
import uk.attest.evidence.LearnerAssessments;
import uk.attest.evidence.LearnerEvidence;
import uk.attest.learners.People.Learner;
import uk.attest.learners.PeopleService;
import uk.attest.shared.Actor;
import uk.attest.shared.NotFoundException;
import uk.attest.shared.RateLimit;

/**
 * A learner's Open Badges credentials, kept in step with their current assessment: each achieved
 * unit, competency at its required proficiency and READY qualification has one, issued the first
 * time it is asked for; one whose achievement the current assessment no longer shows is revoked,
 * for good.
 */
@Service
class Credentials {
  private static final Actor SYSTEM = Actor.system("credentials");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final PeopleService people;
  private final LearnerAssessments assessments;
  private final LearnerEvidence evidence;
  private final IssuedCredentials issued;
  private final IssuerKeys keys;
  private final CredentialSettings settings;
  private final Clock clock;
  private final RateLimit statusChecks;

  Credentials(
      PeopleService people,
      LearnerAssessments assessments,
      LearnerEvidence evidence,
      IssuedCredentials issued,
      IssuerKeys keys,
      CredentialSettings settings,
      Clock clock,
      @Value("${attest.limits.credential-status-per-minute:120}") int statusPerMinute) {
    this.people = people;
    this.assessments = assessments;
    this.evidence = evidence;
    this.issued = issued;
    this.keys = keys;
    this.settings = settings;
    this.clock = clock;
    // Anyone may ask, without signing in, and a status check may re-assess the learner: one address
    // cannot keep the instance busy with them.
    this.statusChecks =
        new RateLimit("credential status checks", statusPerMinute, Duration.ofMinutes(1), clock);
  }

  /** The learner's credentials, newest state: current ones and those revoked, oldest first. */
  @Transactional
  public List<Issued> list(Actor by, String learnerId) {
    Learner learner = people.learnerForRecords(by, learnerId);
    AssessmentRecord record = assessments.latest(by, List.of(learnerId)).get(learnerId);
    if (record == null) {
      return issued.forLearner(learnerId);
    }
    Assessment assessment = assessments.current(by, learnerId, assessments.today());
    List<Achievement> achieved = OpenBadge.achieved(assessment, settings.baseUrl());
    revokeWithdrawn(learnerId, achieved, assessment);
    List<Issued> current = issued.forLearner(learnerId);
    Map<String, String> titles = null;
    for (Achievement achievement : achieved) {
      boolean held =
          current.stream()
              .anyMatch(c -> !c.revoked() && c.achievementId().equals(achievement.key()));
      if (held) {
        continue;
      }
      if (titles == null) {
        titles =
            evidence.list(by, learnerId).stream()
                .map(EvidenceView::evidence)
                .collect(
                    Collectors.toMap(
                        e -> e.id(), e -> e.title(), (a, b) -> a, java.util.LinkedHashMap::new));
      }
      issued.insert(issue(learner, record, assessment, achievement, titles));
    }
    return issued.forLearner(learnerId);
  }

  /** One of the learner's credentials, by its id (the UUID, without "urn:uuid:"). */
  @Transactional
  public Issued one(Actor by, String learnerId, String credentialId) {
    return list(by, learnerId).stream()
        .filter(c -> c.id().equals(credentialId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("credential", credentialId));
  }

  /** Revoked or not, for anyone holding the credential; the learner's records stay private. */
  public record Status(String id, boolean revoked, String reason) {}

  /** Whether a credential is revoked, asked by anyone from the given address. */
  @Transactional
  public Status status(String credentialId, String address) {
    statusChecks.take(address);
    Issued credential =
        issued
            .find(credentialId)
            .orElseThrow(() -> new NotFoundException("credential", credentialId));
    if (!credential.revoked()) {
      Assessment assessment =
          assessments.current(SYSTEM, credential.learnerId(), assessments.today());
      revokeWithdrawn(
          credential.learnerId(), OpenBadge.achieved(assessment, settings.baseUrl()), assessment);
      credential = issued.find(credentialId).orElseThrow();
    }
    return new Status(
        "urn:uuid:" + credential.id(), credential.revoked(), credential.revokedReason());
  }

  private void revokeWithdrawn(
      String learnerId, List<Achievement> achieved, Assessment assessment) {
    Map<String, Achievement> byKey =
        achieved.stream().collect(Collectors.toMap(Achievement::key, Function.identity()));
    for (Issued c : issued.forLearner(learnerId)) {
      if (!c.revoked() && !byKey.containsKey(c.achievementId())) {
        issued.revoke(
            c.id(),
            OffsetDateTime.now(clock),
            "the learner's assessment of "
                + assessment.assessedOn()
                + " no longer shows "
                + c.achievementName()
                + " as "
                + switch (c.achievementType()) {
                  case "Certificate" -> "ready";
                  case "Competency" -> "demonstrated at the required proficiency";
                  default -> "achieved";
                });
      }
    }
  }

  private Issued issue(
      Learner learner,
      AssessmentRecord record,
      Assessment assessment,
      Achievement achievement,
      Map<String, String> titles) {
    String id = OpenBadge.credentialId(learner.id(), achievement.key(), record.id());
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    var issue =
        new OpenBadge.Issue(
            settings.issuerUrl(learner.centreId()),
            people.centre(SYSTEM, learner.centreId()).name(),
            learner.id(),
            learner.uln(),
            HexFormat.of().formatHex(salt),
            record.id(),
            assessment.catalogueVersion(),
            assessment.rulesetVersion(),
            now.toInstant());
    var vc = OpenBadge.credential(id, achievement, issue, titles, settings);
    return new Issued(
        id,
        learner.id(),
        achievement.key(),
        achievement.type(),
        truncate(achievement.name(), 400),
        record.id(),
        VcJwt.sign(vc, keys.signing()),
        now,
        null,
        null);
  }

  /** The issuer profile of one centre, or of the issuing service itself. */
  public Map<String, Object> issuer(Optional<String> centreId) {
    Map<String, Object> profile = new java.util.LinkedHashMap<>();
    profile.put("@context", List.of(OpenBadge.VC_CONTEXT, OpenBadge.OB_CONTEXT));
    if (centreId.isPresent()) {
      profile.put("id", settings.issuerUrl(centreId.get()));
      profile.put("type", List.of("Profile"));
      profile.put("name", people.centre(SYSTEM, centreId.get()).name());
    } else {
      profile.put("id", settings.issuerUrl());
      profile.put("type", List.of("Profile"));
      profile.put("name", settings.issuerName());
    }
    profile.put("url", settings.baseUrl());
    profile.put("publicKeys", settings.jwksUrl());
    return profile;
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
