package uk.attest.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.audit.AuditChains.ChainHead;
import uk.attest.shared.Actor;
import uk.attest.shared.Dates;

/**
 * Appends entries to the audit trail and checks it. The trail is many chains: each learner's
 * entries, the entries about no learner ("system"), and the entries from before chains ("legacy",
 * closed). Each entry's hash is SHA-256 over its own fields and the previous entry's hash in its
 * chain, so changing, inserting or deleting any entry breaks every link after it; each chain's row
 * in audit_chain holds its newest entry, so removing the newest entries shows too. Appending locks
 * only the chain's row until the write's transaction commits, which puts a chain's entries in
 * commit order while writes for other learners go on beside it.
 *
 * <p>Someone with write access to the database who deletes a chain's newest entries and rewrites
 * its head, or empties the trail, is caught against the signed checkpoints kept outside the
 * database ({@link AuditCheckpoints}), which verify compares with every chain.
 */
@Component
public class AuditTrail {
  static final String GENESIS = AuditChains.GENESIS;
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
  private static final int CHAINS_PER_WALK = 500;
  private static final int PROBLEMS_SHOWN = 50;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final AuditCheckpoints checkpoints;
  private final int verifyThreads;
  private volatile Long numberOffset;

  AuditTrail(JdbcClient jdbc, Clock clock, AuditCheckpoints checkpoints, AuditSettings settings) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.checkpoints = checkpoints;
    this.verifyThreads = settings.verifyThreads();
  }

  /** An entry's number in the trail and its hash. */
  public record Head(long seq, String hash) {}

  /**
   * Appends an entry inside the caller's transaction (it must have one: the entry commits or rolls
   * back with the write it records), to the learner's chain, or the system chain when there is no
   * learner.
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
    String chain = AuditChains.of(learnerId);
    Head head = lockHead(chain);
    OffsetDateTime at = Dates.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    long chainSeq = head.seq() + 1;
    long seq =
        jdbc.sql("select nextval('audit_entry_number')").query(Long.class).single()
            + numberOffset();
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
            null,
            chain,
            chainSeq);
    String hash = AuditChains.hash(unhashed);
    jdbc.sql(
            "insert into audit_entry (seq, recorded_at, account_id, actor, action, subject,"
                + " learner_id, before_state, after_state, prev_hash, hash, chain_id, chain_seq)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
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
            hash,
            chain,
            chainSeq)
        .update();
    jdbc.sql("update audit_chain set seq = ?, hash = ? where chain_id = ?")
        .params(chainSeq, hash, chain)
        .update();
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
        hash,
        chain,
        chainSeq);
  }

  /** Locks the chain's head row, making the chain on its first entry. */
  private Head lockHead(String chain) {
    for (int attempt = 0; attempt < 2; attempt++) {
      var head =
          jdbc.sql("select seq, hash, closed from audit_chain where chain_id = ? for update")
              .param(chain)
              .query(
                  (rs, n) -> {
                    if (rs.getBoolean(3)) {
                      throw new IllegalStateException("audit chain " + chain + " is closed");
                    }
                    return new Head(rs.getLong(1), rs.getString(2));
                  })
              .optional();
      if (head.isPresent()) {
        return head.get();
      }
      jdbc.sql(
              "insert into audit_chain (chain_id, seq, hash, closed) values (?, 0, ?, false)"
                  + " on conflict do nothing")
          .params(chain, GENESIS)
          .update();
    }
    throw new IllegalStateException("audit chain " + chain + " could not be made");
  }

  /** The last number of the chain from before chains: new numbers follow it. */
  private long numberOffset() {
    Long offset = numberOffset;
    if (offset == null) {
      offset =
          jdbc.sql("select after_seq from audit_numbering where id = 1").query(Long.class).single();
      numberOffset = offset;
    }
    return offset;
  }

  /** Entries after a number, in number order. */
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
   * The result of checking the trail: entries checked, chains checked, the newest checkpoint it was
   * compared with (null when none has been taken), and every problem found (at most 50), the first
   * one first; intact when there are none.
   */
  public record Verification(
      boolean intact,
      long checked,
      int chains,
      AuditCheckpoints.Checkpoint checkpoint,
      Broken firstBroken,
      List<Broken> broken) {}

  /**
   * A problem: the chain, the position in it, the entry's number in the trail when the entry is
   * there (null for one that is gone, or a problem with a whole chain or checkpoint), and why.
   */
  public record Broken(String chain, long position, Long seq, String problem) {
    /** The chain as a person reads it. */
    public String chainName() {
      if (chain.startsWith("learner:")) {
        return "Learner " + chain.substring("learner:".length()) + "'s chain";
      }
      return switch (chain) {
        case AuditChains.SYSTEM -> "The chain of changes to centres, people and accounts";
        case AuditChains.LEGACY -> "The chain from before the trail had one per learner";
        case "checkpoints" -> "The signed checkpoints";
        default -> "The whole trail";
      };
    }
  }

  /**
   * Walks every chain, several at once, naming the first entry of each that does not check, then
   * compares every chain with the newest signed checkpoint: a chain shorter than the checkpoint
   * recorded, or gone, or a trail emptied since, is reported as truncated since that checkpoint.
   */
  public Verification verify() {
    // Checkpoints first: they were taken from committed heads, which only move forward, so
    // every chain read after them is at least as long as they recorded.
    AuditCheckpoints.Replay replay = checkpoints.replay();
    List<ChainHead> heads =
        jdbc.sql("select chain_id, seq, hash from audit_chain order by chain_id")
            .query((rs, n) -> new ChainHead(rs.getString(1), rs.getLong(2), rs.getString(3)))
            .list();
    List<Walk> walks = walkAll(heads, replay);
    List<Broken> broken = new ArrayList<>();
    long checked = 0;
    for (Walk w : walks) {
      checked += w.count;
      if (w.broken != null) {
        broken.add(w.broken);
      }
    }
    broken.addAll(againstCheckpoint(heads, walks, replay));
    jdbc.sql(
            "select distinct chain_id from audit_entry e where not exists"
                + " (select 1 from audit_chain c where c.chain_id = e.chain_id)")
        .query(String.class)
        .list()
        .forEach(
            chain ->
                broken.add(
                    new Broken(
                        chain,
                        0,
                        null,
                        "the chain's head row is gone, so its newest entries cannot be checked")));
    for (String problem : replay.problems) {
      broken.add(new Broken("checkpoints", 0, null, problem));
    }
    broken.sort(
        Comparator.comparing(Broken::seq, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Broken::chain));
    List<Broken> shown = List.copyOf(broken.subList(0, Math.min(PROBLEMS_SHOWN, broken.size())));
    return new Verification(
        broken.isEmpty(),
        checked,
        heads.size(),
        replay.latest,
        shown.isEmpty() ? null : shown.get(0),
        shown);
  }

  private List<Walk> walkAll(List<ChainHead> heads, AuditCheckpoints.Replay replay) {
    ExecutorService pool = Executors.newFixedThreadPool(verifyThreads);
    try {
      List<Future<List<Walk>>> batches = new ArrayList<>();
      for (int from = 0; from < heads.size(); from += CHAINS_PER_WALK) {
        List<ChainHead> batch = heads.subList(from, Math.min(heads.size(), from + CHAINS_PER_WALK));
        batches.add(pool.submit(() -> walk(batch, replay)));
      }
      List<Walk> walks = new ArrayList<>(heads.size());
      for (Future<List<Walk>> b : batches) {
        walks.addAll(b.get());
      }
      return walks;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("audit verification interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Walks a batch of chains in one query, each up to the head read before it began. */
  private List<Walk> walk(List<ChainHead> batch, AuditCheckpoints.Replay replay) {
    Map<String, Walk> walks = new HashMap<>();
    for (ChainHead h : batch) {
      ChainHead checkpointed = replay.heads.get(h.chain());
      walks.put(h.chain(), new Walk(h, checkpointed == null ? -1 : checkpointed.seq()));
    }
    jdbc.sql(SELECT + " where chain_id in (:chains) order by chain_id, chain_seq")
        .param("chains", batch.stream().map(ChainHead::chain).toList())
        .withFetchSize(500)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> walks.get(rs.getString(12)).check(entry(rs, 0)));
    return batch.stream().map(h -> walks.get(h.chain()).finish()).toList();
  }

  private static List<Broken> againstCheckpoint(
      List<ChainHead> heads, List<Walk> walks, AuditCheckpoints.Replay replay) {
    List<Broken> broken = new ArrayList<>();
    if (replay.latest == null) {
      return broken;
    }
    String since = "checkpoint " + replay.latest.number() + " (" + replay.latest.at() + ")";
    if (!AuditChains.merkleRoot(List.copyOf(replay.heads.values())).equals(replay.latest.root())) {
      broken.add(
          new Broken(
              "checkpoints",
              0,
              null,
              since + ": its root is not the root of the heads the checkpoints list"));
    }
    if (heads.isEmpty()) {
      broken.add(
          new Broken(
              "*",
              0,
              null,
              "truncated since "
                  + since
                  + ": the trail is empty, but the checkpoint recorded "
                  + replay.heads.size()
                  + " chains; every entry was removed"));
      return broken;
    }
    Map<String, Walk> byChain = new HashMap<>();
    walks.forEach(w -> byChain.put(w.head.chain(), w));
    for (ChainHead recorded : replay.heads.values()) {
      Walk w = byChain.get(recorded.chain());
      if (w == null) {
        broken.add(
            new Broken(
                recorded.chain(),
                1,
                null,
                "truncated since "
                    + since
                    + ": the chain is gone, but the checkpoint recorded it up to entry "
                    + recorded.seq()));
      } else if (w.head.seq() < recorded.seq()) {
        broken.add(
            new Broken(
                recorded.chain(),
                w.head.seq() + 1,
                null,
                "truncated since "
                    + since
                    + ": the chain ends at entry "
                    + w.head.seq()
                    + " but the checkpoint recorded entry "
                    + recorded.seq()));
      } else if (!recorded.hash().equals(w.hashAtCheckpoint)) {
        broken.add(
            new Broken(
                recorded.chain(),
                recorded.seq(),
                w.seqAtCheckpoint,
                "rewritten since "
                    + since
                    + ": entry "
                    + recorded.seq()
                    + " hashes to "
                    + w.hashAtCheckpoint
                    + " but the checkpoint recorded "
                    + recorded.hash()));
      }
    }
    return broken;
  }

  /** One chain's walk, oldest first, up to the head read before it began. */
  private static final class Walk {
    final ChainHead head;
    final long checkpointedSeq;
    long count;
    long lastSeq;
    String lastHash = GENESIS;
    Broken broken;
    String hashAtCheckpoint;
    Long seqAtCheckpoint;

    Walk(ChainHead head, long checkpointedSeq) {
      this.head = head;
      this.checkpointedSeq = checkpointedSeq;
    }

    void check(AuditEntry e) {
      if (e.chainSeq() > head.seq()) {
        return; // written after the walk began
      }
      if (e.chainSeq() == checkpointedSeq) {
        hashAtCheckpoint = e.hash();
        seqAtCheckpoint = e.seq();
      }
      if (broken != null) {
        return;
      }
      count++;
      if (e.chainSeq() != lastSeq + 1) {
        broken =
            new Broken(
                head.chain(),
                lastSeq + 1,
                null,
                "missing: entry "
                    + (lastSeq + 1)
                    + (e.chainSeq() > lastSeq + 2 ? " to " + (e.chainSeq() - 1) : "")
                    + " is gone (the next entry is "
                    + e.chainSeq()
                    + ")");
      } else if (!e.prevHash().equals(lastHash)) {
        broken =
            new Broken(
                head.chain(),
                e.chainSeq(),
                e.seq(),
                "does not follow entry "
                    + lastSeq
                    + ": its previous hash is "
                    + e.prevHash()
                    + " but entry "
                    + lastSeq
                    + " hashes to "
                    + lastHash);
      } else if (!AuditChains.hash(e).equals(e.hash())) {
        broken =
            new Broken(
                head.chain(),
                e.chainSeq(),
                e.seq(),
                "edited: its content no longer matches its hash " + e.hash());
      }
      lastSeq = e.chainSeq();
      lastHash = e.hash();
    }

    Walk finish() {
      if (broken != null) {
        return this;
      }
      if (lastSeq < head.seq()) {
        broken =
            new Broken(
                head.chain(),
                lastSeq + 1,
                null,
                "missing: the chain ends at entry "
                    + lastSeq
                    + " but its head records entry "
                    + head.seq()
                    + "; the newest entries were removed");
      } else if (!lastHash.equals(head.hash())) {
        broken =
            new Broken(
                head.chain(),
                lastSeq,
                null,
                "the newest entry does not match the chain's head (entry "
                    + head.seq()
                    + ", hash "
                    + head.hash()
                    + ")");
      }
      return this;
    }
  }

  private static final String SELECT =
      "select seq, recorded_at, account_id, actor, action, subject, learner_id, before_state,"
          + " after_state, prev_hash, hash, chain_id, chain_seq from audit_entry";

  private static AuditEntry entry(ResultSet rs, int n) throws SQLException {
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
        rs.getString(11),
        rs.getString(12),
        rs.getLong(13));
  }

  /** The entry's hash as it should be (for tests that forge an entry). */
  static String hash(AuditEntry e) {
    return AuditChains.hash(e);
  }
}
