package uk.attest.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit trail's checkpoints and checks (attest.audit.*): the folder the append-only checkpoint
 * file lives in (checkpoint-dir), the signing key's file (checkpoint-key; by default
 * audit-checkpoint.key in that folder, made on first start), how often a checkpoint is taken when
 * the trail has changed (checkpoint-every; 0 turns the timer off), and how many chains verify walks
 * at once (verify-threads).
 */
@ConfigurationProperties("attest.audit")
record AuditSettings(
    @DefaultValue("data") Path checkpointDir,
    Path checkpointKey,
    @DefaultValue("5m") Duration checkpointEvery,
    @DefaultValue("4") int verifyThreads) {

  AuditSettings {
    if (checkpointKey == null || checkpointKey.toString().isBlank()) {
      checkpointKey = checkpointDir.resolve("audit-checkpoint.key");
    }
    if (verifyThreads < 1) {
      throw new IllegalArgumentException("attest.audit.verify-threads must be at least 1");
    }
  }

  Path checkpointFile() {
    return checkpointDir.resolve("audit-checkpoints.jsonl");
  }
}
