package uk.attest.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.audit.AuditChains.ChainHead;
import uk.attest.shared.Dates;
import uk.attest.shared.Sha256;

/**
 * Signed checkpoints of every chain's head, written where a database writer cannot rewrite them:
 * one JSON line per checkpoint, appended to a file in the data folder, each naming the SHA-256 of
 * the line before and signed with an Ed25519 key from a file (never the database); the signature
 * covers the line's header, which holds the SHA-256 of its list of changes. A line lists the chains
 * whose heads moved since the previous checkpoint and the Merkle root over every chain's head, so
 * replaying the file gives the head each chain had at the last checkpoint, without writing every
 * chain in every line. A checkpoint never moves a chain's head backwards: a chain that is shorter
 * than a checkpoint said stays recorded as it was, for verify to report.
 */
@Component
public class AuditCheckpoints {
  private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpoints.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The fields a checkpoint's signature covers, in the order they are signed. */
  private static final List<String> HEADER =
      List.of("number", "at", "previous", "chains", "root", "changes", "publicKey");

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Path file;
  private final CheckpointKey key;

  /** What this process has read of the file so far, so each checkpoint reads only new lines. */
  private Replay cache = new Replay();

  private long cachedLength;

  AuditCheckpoints(JdbcClient jdbc, Clock clock, AuditSettings settings) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.file = settings.checkpointFile();
    this.key = CheckpointKey.loadOrCreate(settings.checkpointKey());
  }

  /** One checkpoint as people read it: its number, time, how many chains and their Merkle root. */
  public record Checkpoint(long number, OffsetDateTime at, int chains, String root) {
    /** When it was taken, in UK time. */
    public java.time.LocalDateTime ukTime() {
      return at.atZoneSameInstant(Dates.LONDON).toLocalDateTime();
    }
  }

  /** Takes a checkpoint now, even when no chain has moved since the last one. */
  public Checkpoint checkpoint() {
    return write(true).orElseThrow();
  }

  /** Takes a checkpoint if some chain has moved since the last one (the timer's checkpoint). */
  Optional<Checkpoint> checkpointIfChanged() {
    return write(false);
  }

  /**
   * The newest checkpoint as signed, for an export's manifest: its number, time, previous line's
   * hash, chain count, Merkle root, the hash of its list of changed chains, public key and
   * signature (the list itself stays in the file, so a manifest stays small).
   */
  public Optional<Map<String, Object>> latest() {
    List<String> lines = lines();
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> line = JSON.readValue(lines.get(lines.size() - 1), LinkedHashMap.class);
    line.remove("changed");
    return Optional.of(line);
  }

  /** Forgets what this process has read of the file (for tests that remove it). */
  synchronized void forget() {
    cache = new Replay();
    cachedLength = 0;
  }

  Path file() {
    return file;
  }

  Path keyFile() {
    return key.file();
  }

  private synchronized Optional<Checkpoint> write(boolean always) {
    // Heads are read before the file is locked: they are committed, so a later checkpoint by
    // another instance can only have seen the same heads or newer ones.
    List<ChainHead> heads =
        jdbc.sql("select chain_id, seq, hash from audit_chain order by chain_id")
            .query((rs, n) -> new ChainHead(rs.getString(1), rs.getLong(2), rs.getString(3)))
            .list();
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      try (FileChannel channel =
              FileChannel.open(
                  file,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.READ,
                  StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        long size = channel.size();
        if (size < cachedLength) {
          throw new IllegalStateException(
              "The audit checkpoint file " + file + " is shorter than when it was last read");
        }
        if (size > cachedLength) {
          ByteBuffer more = ByteBuffer.allocate(Math.toIntExact(size - cachedLength));
          channel.read(more, cachedLength);
          for (String line : new String(more.array(), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
              cache.apply(line, null);
            }
          }
          cachedLength = size;
        }
        List<Map<String, Object>> changed = new ArrayList<>();
        for (ChainHead h : heads) {
          ChainHead before = cache.heads.get(h.chain());
          if (before == null || h.seq() > before.seq()) {
            changed.add(head(h));
          } else if (h.seq() < before.seq() || !h.hash().equals(before.hash())) {
            LOG.warn(
                "Audit chain {} is at entry {} but checkpoint {} recorded entry {}; the checkpoint"
                    + " keeps what it recorded",
                h.chain(),
                h.seq(),
                cache.number,
                before.seq());
          }
        }
        if (changed.isEmpty() && !always && cache.number > 0) {
          return Optional.empty();
        }
        TreeMap<String, ChainHead> state = new TreeMap<>(cache.heads);
        for (Map<String, Object> c : changed) {
          String chain = (String) c.get("chain");
          state.put(chain, new ChainHead(chain, (Long) c.get("seq"), (String) c.get("hash")));
        }
        OffsetDateTime at = Dates.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("number", cache.number + 1);
        header.put("at", at.toString());
        header.put("previous", cache.lastLineHash);
        header.put("chains", state.size());
        header.put("root", AuditChains.merkleRoot(List.copyOf(state.values())));
        header.put("changes", Sha256.hex(JSON.writeValueAsString(changed)));
        header.put("publicKey", key.publicKeyText());
        Map<String, Object> body = new LinkedHashMap<>(header);
        body.put("signature", key.sign(JSON.writeValueAsString(header)));
        body.put("changed", changed);
        String line = JSON.writeValueAsString(body);
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        channel.write(ByteBuffer.wrap(bytes), size);
        channel.force(true);
        cache.apply(line, null);
        cachedLength = size + bytes.length;
        return Optional.of(cache.latest);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the audit checkpoint file " + file, e);
    }
  }

  private static Map<String, Object> head(ChainHead h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("chain", h.chain());
    m.put("seq", h.seq());
    m.put("hash", h.hash());
    return m;
  }

  private List<String> lines() {
    try {
      if (!Files.exists(file)) {
        return List.of();
      }
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the audit checkpoint file " + file, e);
    }
  }

  /** Reads every checkpoint, checking each one's link to the one before and its signature. */
  Replay replay() {
    Replay replay = new Replay();
    for (String line : lines()) {
      replay.apply(line, key);
    }
    return replay;
  }

  /**
   * The checkpoints read so far: each chain's head as last checkpointed, the newest checkpoint, and
   * the problems found in the file (a broken link, a bad signature, a line that is not one).
   */
  static final class Replay {
    final TreeMap<String, ChainHead> heads = new TreeMap<>();
    final List<String> problems = new ArrayList<>();
    long number;
    String lastLineHash = AuditChains.GENESIS;
    Checkpoint latest;

    void apply(String line, CheckpointKey verifyWith) {
      Map<?, ?> body;
      try {
        body = JSON.readValue(line, LinkedHashMap.class);
      } catch (RuntimeException e) {
        problems.add("checkpoint line " + (number + 1) + " is not a checkpoint: " + e.getMessage());
        return;
      }
      long n = ((Number) body.get("number")).longValue();
      OffsetDateTime at = OffsetDateTime.parse((String) body.get("at"));
      String name = "checkpoint " + n + " (" + at + ")";
      if (verifyWith != null) {
        Map<String, Object> header = new LinkedHashMap<>();
        for (String field : HEADER) {
          header.put(field, body.get(field));
        }
        String signature = (String) body.get("signature");
        if (signature == null || !verifyWith.verifies(JSON.writeValueAsString(header), signature)) {
          problems.add(
              name
                  + ": its signature does not verify with the checkpoint key "
                  + verifyWith.file()
                  + "; the checkpoint file was altered or signed with another key");
        } else if (!Sha256.hex(JSON.writeValueAsString(body.get("changed")))
            .equals(body.get("changes"))) {
          problems.add(
              name
                  + ": its list of changed chains is not the one it signed; the checkpoint file"
                  + " was altered");
        }
        if (n != number + 1 || !lastLineHash.equals(body.get("previous"))) {
          problems.add(
              name
                  + ": does not follow checkpoint "
                  + number
                  + " (the file was cut or a checkpoint removed or edited)");
        }
      }
      for (Object o : (List<?>) body.get("changed")) {
        Map<?, ?> c = (Map<?, ?>) o;
        String chain = (String) c.get("chain");
        heads.put(
            chain,
            new ChainHead(chain, ((Number) c.get("seq")).longValue(), (String) c.get("hash")));
      }
      number = n;
      lastLineHash = Sha256.hex(line);
      latest =
          new Checkpoint(
              n, at, ((Number) body.get("chains")).intValue(), (String) body.get("root"));
    }
  }
}
