package uk.attest.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.attest.shared.Role;

/** Signed declarations in SQL: appended, never changed; the newest per role is the one shown. */
@Repository
class DeclarationSignatures {
  private final JdbcClient jdbc;

  DeclarationSignatures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(DeclarationSignature d) {
    jdbc.sql(
            "insert into declaration_signature (id, learner_id, role, account_id, signer_name,"
                + " record_id, record_created_at, signed_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            d.id(),
            d.learnerId(),
            d.role().name(),
            d.accountId(),
            d.signerName(),
            d.recordId(),
            d.recordCreatedAt(),
            d.signedAt())
        .update();
  }

  /**
   * The newest signature of each declaration on the learner's portfolio, made by the time given.
   */
  Map<Role, DeclarationSignature> newest(String learnerId, OffsetDateTime upTo) {
    Map<Role, DeclarationSignature> out = new EnumMap<>(Role.class);
    jdbc.sql(
            "select id, learner_id, role, account_id, signer_name, record_id, record_created_at,"
                + " signed_at from declaration_signature where learner_id = ? and signed_at < ?"
                + " order by signed_at, id")
        .params(learnerId, upTo)
        .query(DeclarationSignatures::signature)
        .list()
        .forEach(d -> out.put(d.role(), d));
    return out;
  }

  private static DeclarationSignature signature(ResultSet rs, int n) throws SQLException {
    return new DeclarationSignature(
        rs.getString(1),
        rs.getString(2),
        Role.valueOf(rs.getString(3)),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getObject(7, OffsetDateTime.class),
        rs.getObject(8, OffsetDateTime.class));
  }
}
