package uk.attest.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.shared.Actor;
import uk.attest.shared.Dates;
import uk.attest.shared.Sha256;

/**
 * Appends entries to the audit trail and checks the chain. Each entry's hash is SHA-256 over its
 * own fields and the previous entry's hash, so changing, inserting or deleting any entry breaks
 * every link after it; audit_head holds the newest entry, so removing the newest entries shows too.
 * Appending locks audit_head until the write's transaction commits, which puts entries in commit
 * order; services append last, after their own work, so the lock is held briefly.
 *
 * <p>The chain shows tampering by anyone who does not recompute every later hash. Someone with
 * write access to the database who does that is caught by comparing with a head hash kept
 * elsewhere: every awarding-body export's manifest records the head at the time of export.
 */
@Component
public class AuditTrail {
  static final String GENESIS = "0".repeat(64);
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditTrail(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The newest entry's number and hash. */
  public record Head(long seq, String hash) {}

  /**
   * Appends an entry inside the caller's transaction (it must have one: the entry commits or rolls
   * back with the write it records).
   *
   * @param before the record before the write, or null when it was created
   * @param after the record after the write, or null when it was removed
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public AuditEntry record(
      Actor actor,
      String action,
      String subject,
      String learnerId,
      Map<String, ?> before,
      Map<String, ?> after) {
    Head head =
        jdbc.sql("select seq, hash from audit_head where id = 1 for update")
            .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
            .single();
    OffsetDateTime at = Dates.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    long seq = head.seq() + 1;
    String beforeText = before == null ? null : JSON.writeValueAsString(before);
    String afterText = after == null ? null : JSON.writeValueAsString(after);
    AuditEntry unhashed =
        new AuditEntry(
            seq,
            at,
            actor.accountId(),
            actor.describe(),
            action,
            subject,
            learnerId,
            beforeText,
            afterText,
            head.hash(),
            null);
    String hash = hash(unhashed);
    jdbc.sql(
            "insert into audit_entry (seq, recorded_at, account_id, actor, action, subject,"
                + " learner_id, before_state, after_state, prev_hash, hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            seq,
            at,
            actor.accountId(),
            unhashed.actor(),
            action,
            subject,
            learnerId,
            beforeText,
            afterText,
            head.hash(),
            hash)
        .update();
    jdbc.sql("update audit_head set seq = ?, hash = ? where id = 1").params(seq, hash).update();
    return new AuditEntry(
        seq,
        at,
        actor.accountId(),
        unhashed.actor(),
        action,
        subject,
        learnerId,
        beforeText,
        afterText,
        head.hash(),
        hash);
  }

  public Head head() {
    return jdbc.sql("select seq, hash from audit_head where id = 1")
        .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
        .single();
  }

  /** Entries after a number, oldest first. */
  @Transactional(readOnly = true)
  public List<AuditEntry> entries(long afterSeq, int limit) {
    return jdbc.sql(SELECT + " where seq > ? order by seq limit ?")
        .params(afterSeq, limit)
        .query(AuditTrail::entry)
        .list();
  }

  /** A learner's entries up to the end of a day (in the clock's zone), oldest first. */
  @Transactional(readOnly = true)
  public List<AuditEntry> ofLearner(String learnerId, LocalDate upTo) {
    OffsetDateTime end = upTo.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
    return jdbc.sql(SELECT + " where learner_id = ? and recorded_at < ? order by seq")
        .params(learnerId, end)
        .query(AuditTrail::entry)
        .list();
  }

  /**
   * The result of checking the chain: entries checked (up to and including the first broken one)
   * and the head; firstBroken is null when it is intact.
   */
  public record Verification(boolean intact, long checked, Head head, Broken firstBroken) {}

  /** The first entry that does not check, and why. */
  public record Broken(long seq, String problem) {}

  /** Walks the whole chain, oldest first, and names the first entry that does not check. */
  @Transactional(readOnly = true)
  public Verification verify() {
    Head head = head();
    Walk walk = new Walk();
    jdbc.sql(SELECT + " order by seq")
        .withFetchSize(500)
        .query(
            rs -> {
              if (walk.broken == null) {
                walk.check(entry(rs, 0));
              }
            });
    if (walk.broken == null) {
      if (walk.lastSeq < head.seq()) {
        walk.broken =
            new Broken(
                walk.lastSeq + 1,
                "missing: the chain ends at entry "
                    + walk.lastSeq
                    + " but the head records entry "
                    + head.seq()
                    + "; the newest entries were removed");
      } else if (walk.lastSeq > head.seq() || !walk.lastHash.equals(head.hash())) {
        walk.broken =
            new Broken(
                walk.lastSeq,
                "the newest entry does not match the head (entry "
                    + head.seq()
                    + ", hash "
                    + head.hash()
                    + ")");
      }
    }
    return new Verification(walk.broken == null, walk.count, head, walk.broken);
  }

  private static final class Walk {
    long count;
    long lastSeq;
    String lastHash = GENESIS;
    Broken broken;

    void check(AuditEntry e) {
      count++;
      if (e.seq() != lastSeq + 1) {
        broken =
            new Broken(
                lastSeq + 1,
                "missing: entry "
                    + (lastSeq + 1)
                    + (e.seq() > lastSeq + 2 ? " to " + (e.seq() - 1) : "")
                    + " is gone (the next entry is "
                    + e.seq()
                    + ")");
      } else if (!e.prevHash().equals(lastHash)) {
        broken =
            new Broken(
                e.seq(),
                "does not follow entry "
                    + lastSeq
                    + ": its previous hash is "
                    + e.prevHash()
                    + " but entry "
                    + lastSeq
                    + " hashes to "
                    + lastHash);
      } else if (!hash(e).equals(e.hash())) {
        broken = new Broken(e.seq(), "edited: its content no longer matches its hash " + e.hash());
      }
      lastSeq = e.seq();
      lastHash = e.hash();
    }
  }

  private static final String SELECT =
      "select seq, recorded_at, account_id, actor, action, subject, learner_id, before_state,"
          + " after_state, prev_hash, hash from audit_entry";

  private static AuditEntry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new AuditEntry(
        rs.getLong(1),
        rs.getObject(2, OffsetDateTime.class),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11));
  }

  /** SHA-256 over every field but the hash, each length-prefixed so no two entries collide. */
  static String hash(AuditEntry e) {
    StringBuilder text = new StringBuilder();
    for (String field :
        new String[] {
          Long.toString(e.seq()),
          e.recordedAt().toInstant().truncatedTo(ChronoUnit.MICROS).toString(),
          e.accountId(),
          e.actor(),
          e.action(),
          e.subject(),
          e.learnerId(),
          e.before(),
          e.after(),
          e.prevHash()
        }) {
      if (field == null) {
        text.append("-1:");
      } else {
        text.append(field.length()).append(':').append(field);
      }
    }
    return Sha256.hex(text.toString());
  }
}
