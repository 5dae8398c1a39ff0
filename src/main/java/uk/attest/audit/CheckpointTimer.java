package uk.attest.audit;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Takes a checkpoint every attest.audit.checkpoint-every while the service runs, when some chain
 * has moved since the last one; 0 turns it off (checkpoints are then taken on demand and by
 * exports).
 */
@Component
class CheckpointTimer implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(CheckpointTimer.class);

  private final AuditCheckpoints checkpoints;
  private final long everyMillis;
  private ScheduledExecutorService timer;

  CheckpointTimer(AuditCheckpoints checkpoints, AuditSettings settings) {
    this.checkpoints = checkpoints;
    this.everyMillis = settings.checkpointEvery().toMillis();
  }

  @Override
  public synchronized void start() {
    if (everyMillis <= 0 || timer != null) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "audit-checkpoint");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(this::tick, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
  }

  private void tick() {
    try {
      checkpoints
          .checkpointIfChanged()
          .ifPresent(
              c ->
                  LOG.info(
                      "Audit checkpoint {}: {} chains, root {}", c.number(), c.chains(), c.root()));
    } catch (RuntimeException e) {
      LOG.warn("Audit checkpoint failed; the next one will try again", e);
    }
  }

  @Override
  public synchronized void stop() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return timer != null;
  }
}
