package uk.attest.accounts;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.attest.shared.Role;

/** Accounts, their roles, API tokens and failed sign-ins in SQL. */
@Repository
class AccountRepository {
  private static final String SELECT =
      "select id, username, display_name, learner_id, assessor_id, centre_id, awarding_body_id,"
          + " enabled, demo, created_at from account";

  private final JdbcClient jdbc;

  AccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Account a, String passwordHash) {
    jdbc.sql(
            "insert into account (id, username, display_name, password_hash, learner_id,"
                + " assessor_id, centre_id, awarding_body_id, enabled, demo, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            a.id(),
            a.username(),
            a.displayName(),
            passwordHash,
            a.learnerId(),
            a.assessorId(),
            a.centreId(),
            a.awardingBodyId(),
            a.enabled(),
            a.demo(),
            a.createdAt())
        .update();
    for (Role role : a.roles()) {
      jdbc.sql("insert into account_role (account_id, role) values (?, ?)")
          .params(a.id(), role.name())
          .update();
    }
  }

  void setEnabled(String id, boolean enabled) {
    jdbc.sql("update account set enabled = ? where id = ?").params(enabled, id).update();
  }

  void setPasswordHash(String id, String hash) {
    jdbc.sql("update account set password_hash = ? where id = ?").params(hash, id).update();
  }

  public Optional<Account> byId(String id) {
    return one(SELECT + " where id = ?", id);
  }

  public Optional<Account> byUsername(String username) {
    return one(SELECT + " where username = ?", signInName(username));
  }

  /**
   * A username as typed at sign-in, as the database can compare and keep it: one with a NUL (which
   * PostgreSQL refuses) or thousands of characters matches no account and is counted as itself.
   */
  private static String signInName(String username) {
    return uk.attest.shared.Text.storable(username, 200);
  }

  /** The account that acts for this learner (one at most: V6's unique index). */
  Optional<Account> byLearner(String learnerId) {
    return one(SELECT + " where learner_id = ?", learnerId);
  }

  /** The account that acts for this assessor (one at most: V6's unique index). */
  Optional<Account> byAssessor(String assessorId) {
    return one(SELECT + " where assessor_id = ?", assessorId);
  }

  Optional<String> passwordHash(String id) {
    return jdbc.sql("select password_hash from account where id = ?")
        .param(id)
        .query(String.class)
        .optional();
  }

  public List<Account> all() {
    Map<String, Set<Role>> roles = roles();
    return jdbc.sql(SELECT + " order by username").query((rs, n) -> account(rs, roles)).list();
  }

  public boolean anyDemo() {
    return jdbc.sql("select count(*) from account where demo and enabled")
            .query(Long.class)
            .single()
        > 0;
  }

  public boolean any() {
    return jdbc.sql("select count(*) from account").query(Long.class).single() > 0;
  }

  /** Whether an account is both this assessor and this learner (one person, two hats). */
  boolean samePerson(String assessorId, String learnerId) {
    return jdbc.sql("select count(*) from account where assessor_id = ? and learner_id = ?")
            .params(assessorId, learnerId)
            .query(Long.class)
            .single()
        > 0;
  }

  void insertToken(String tokenHash, String accountId, OffsetDateTime at, OffsetDateTime expires) {
    jdbc.sql(
            "insert into api_token (token_hash, account_id, created_at, expires_at)"
                + " values (?, ?, ?, ?)")
        .params(tokenHash, accountId, at, expires)
        .update();
  }

  /** The account a token belongs to, while the token has not expired. */
  Optional<String> tokenAccount(String tokenHash, OffsetDateTime now) {
    return jdbc.sql("select account_id from api_token where token_hash = ? and expires_at > ?")
        .params(tokenHash, now)
        .query(String.class)
        .optional();
  }

  int deleteToken(String tokenHash) {
    return jdbc.sql("delete from api_token where token_hash = ?").param(tokenHash).update();
  }

  void deleteTokens(String accountId) {
    jdbc.sql("delete from api_token where account_id = ?").param(accountId).update();
  }

  void deleteExpiredTokens(OffsetDateTime now) {
    jdbc.sql("delete from api_token where expires_at <= ?").param(now).update();
  }

  long insertFailure(String username, String remote, OffsetDateTime at) {
    var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("insert into login_failure (username, remote, failed_at) values (?, ?, ?)")
        .params(signInName(username), remote, at)
        .update(key, "id");
    return key.getKey().longValue();
  }

  void deleteFailure(long id) {
    jdbc.sql("delete from login_failure where id = ?").param(id).update();
  }

  /** Failures since a time, for a username or a client address, and the oldest among them. */
  record Failures(long count, OffsetDateTime oldest) {}

  Failures failuresByUsername(String username, OffsetDateTime since) {
    return failures("username", signInName(username), since);
  }

  Failures failuresByRemote(String remote, OffsetDateTime since) {
    return failures("remote", remote, since);
  }

  private Failures failures(String column, String value, OffsetDateTime since) {
    return jdbc.sql(
            "select count(*), min(failed_at) from login_failure where "
                + column
                + " = ? and failed_at > ?")
        .params(value, since)
        .query((rs, n) -> new Failures(rs.getLong(1), rs.getObject(2, OffsetDateTime.class)))
        .single();
  }

  void clearFailures(String username) {
    jdbc.sql("delete from login_failure where username = ?").param(signInName(username)).update();
  }

  void deleteFailuresBefore(OffsetDateTime before) {
    jdbc.sql("delete from login_failure where failed_at <= ?").param(before).update();
  }

  private Optional<Account> one(String sql, String value) {
    return jdbc.sql(sql)
        .param(value)
        .query((rs, n) -> account(rs, null))
        .optional()
        .map(a -> withRoles(a, rolesOf(a.id())));
  }

  private Set<Role> rolesOf(String accountId) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    jdbc.sql("select role from account_role where account_id = ?")
        .param(accountId)
        .query(String.class)
        .list()
        .forEach(r -> roles.add(Role.valueOf(r)));
    return roles;
  }

  private Map<String, Set<Role>> roles() {
    Map<String, Set<Role>> roles = new TreeMap<>();
    jdbc.sql("select account_id, role from account_role")
        .query(
            rs -> {
              roles
                  .computeIfAbsent(rs.getString(1), k -> EnumSet.noneOf(Role.class))
                  .add(Role.valueOf(rs.getString(2)));
            });
    return roles;
  }

  private static Account withRoles(Account a, Set<Role> roles) {
    return new Account(
        a.id(),
        a.username(),
        a.displayName(),
        roles,
        a.learnerId(),
        a.assessorId(),
        a.centreId(),
        a.awardingBodyId(),
        a.enabled(),
        a.demo(),
        a.createdAt());
  }

  private static Account account(java.sql.ResultSet rs, Map<String, Set<Role>> roles)
      throws java.sql.SQLException {
    String id = rs.getString(1);
    return new Account(
        id,
        rs.getString(2),
        rs.getString(3),
        roles == null ? Set.of() : roles.getOrDefault(id, Set.of()),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getBoolean(8),
        rs.getBoolean(9),
        rs.getObject(10, OffsetDateTime.class));
  }
}
