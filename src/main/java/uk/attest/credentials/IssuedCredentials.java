package uk.attest.credentials;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The credentials issued, with their signed JWTs and, once withdrawn, when and why. */
@Repository
class IssuedCredentials {
  private final JdbcClient jdbc;

  IssuedCredentials(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Issued(
      String id,
      String learnerId,
      String achievementId,
      String achievementType,
      String achievementName,
      String recordId,
      String jwt,
      OffsetDateTime issuedAt,
      OffsetDateTime revokedAt,
      String revokedReason) {

    boolean revoked() {
      return revokedAt != null;
    }
  }

  /** Stores it unless the same credential (same id) is already stored. */
  void insert(Issued c) {
    jdbc.sql(
            """
            insert into issued_credential (id, learner_id, achievement_id, achievement_type,
              achievement_name, record_id, jwt, issued_at)
            select ?, ?, ?, ?, ?, ?, ?, ? where not exists
              (select 1 from issued_credential where id = ?)""")
        .params(
            c.id(),
            c.learnerId(),
            c.achievementId(),
            c.achievementType(),
            c.achievementName(),
            c.recordId(),
            c.jwt(),
            c.issuedAt(),
            c.id())
        .update();
  }

  List<Issued> forLearner(String learnerId) {
    // Units, then competencies, then the qualification (by type name, descending), by name.
    return jdbc.sql(
            "select * from issued_credential where learner_id = ?"
                + " order by issued_at, achievement_type desc, achievement_name, id")
        .param(learnerId)
        .query(Issued.class)
        .list();
  }

  Optional<Issued> find(String id) {
    return jdbc.sql("select * from issued_credential where id = ?")
        .param(id)
        .query(Issued.class)
        .optional();
  }

  void revoke(String id, OffsetDateTime at, String reason) {
    jdbc.sql(
            "update issued_credential set revoked_at = ?, revoked_reason = ? where id = ? and"
                + " revoked_at is null")
        .params(at, reason, id)
        .update();
  }
}
