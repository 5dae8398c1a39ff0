package uk.attest.audit;

import java.time.temporal.ChronoUnit;
import java.util.List;
import uk.attest.shared.Sha256;

/**
 * How entries are split into chains and hashed. A learner's entries chain on "learner:" + id; an
 * entry about no learner (a centre, an account, an export) on "system"; the entries from before
 * chains stay in the closed "legacy" chain, hashed as they always were.
 */
final class AuditChains {
  static final String GENESIS = "0".repeat(64);
  static final String LEGACY = "legacy";
  static final String SYSTEM = "system";

  private AuditChains() {}

  static String of(String learnerId) {
    return learnerId == null ? SYSTEM : "learner:" + learnerId;
  }

  /**
   * SHA-256 over every field but the hash (and the trail-wide number, which is only where readers
   * find it), each length-prefixed so no two entries collide. A chained entry also covers its chain
   * and position; a legacy entry covers its number, as it did when it was written.
   */
  static String hash(AuditEntry e) {
    StringBuilder text = new StringBuilder();
    boolean legacy = LEGACY.equals(e.chainId());
    if (!legacy) {
      field(text, e.chainId());
    }
    for (String field :
        new String[] {
          Long.toString(e.chainSeq()),
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
      field(text, field);
    }
    return Sha256.hex(text.toString());
  }

  private static void field(StringBuilder text, String field) {
    if (field == null) {
      text.append("-1:");
    } else {
      text.append(field.length()).append(':').append(field);
    }
  }

  /** One chain's newest entry: its chain, position and hash. */
  record ChainHead(String chain, long seq, String hash) {}

  /**
   * The Merkle root over chain heads sorted by chain: each leaf hashes one head, each node its two
   * children, an odd node rises as it is; the root of no chains is the genesis hash.
   */
  static String merkleRoot(List<ChainHead> sortedHeads) {
    if (sortedHeads.isEmpty()) {
      return GENESIS;
    }
    List<String> level =
        sortedHeads.stream()
            .map(
                h -> {
                  StringBuilder text = new StringBuilder("leaf:");
                  field(text, h.chain());
                  field(text, Long.toString(h.seq()));
                  field(text, h.hash());
                  return Sha256.hex(text.toString());
                })
            .toList();
    while (level.size() > 1) {
      List<String> up = new java.util.ArrayList<>((level.size() + 1) / 2);
      for (int i = 0; i < level.size(); i += 2) {
        up.add(
            i + 1 < level.size()
                ? Sha256.hex("node:" + level.get(i) + level.get(i + 1))
                : level.get(i));
      }
      level = up;
    }
    return level.get(0);
  }
}
