package uk.attest.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.attest.accounts.Accounts;
import uk.attest.audit.AuditCheckpoints;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.Qualification;
import uk.attest.shared.Actor;
import uk.attest.shared.Dates;
import uk.attest.shared.Ids;
import uk.attest.shared.InvalidInputException;
import uk.attest.shared.NotFoundException;

/**
 * Awarding-body exports as background jobs, so no request waits while a large cohort is written:
 * the request checks who asks, records the export in the audit trail and queues a job row in the
 * same transaction; any instance claims it from the database (ExportQueue), writes the ZIP, beating
 * as it counts the learners done, and stores the ZIP in the database. The person who started it
 * watches the count and downloads the file through whichever instance answers. A job is its
 * starter's alone (anyone else is told it does not exist), and it and its file are removed once
 * finished for longer than the settings keep them. A job whose instance stopped beating for the
 * settings' take-over time is claimed again by another instance and written from the start.
 */
@Service
public class ExportJobs implements DisposableBean {
  private static final Logger LOG = LoggerFactory.getLogger(ExportJobs.class);

  /** How far a job has got; the file can be downloaded once it is DONE. */
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  /** A job as its starter sees it. */
  public record Status(
      String id,
      String title,
      String centreId,
      State state,
      int done,
      int total,
      OffsetDateTime startedAt,
      String fileName,
      String problem) {}

  private final LearnerPortfolios portfolios;
  private final ReportAssets assets;
  private final Catalogue catalogue;
  private final ExportSettings settings;
  private final ExportQueue queue;
  private final Accounts accounts;
  private final AuditCheckpoints checkpoints;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final String worker = "instance-" + UUID.randomUUID().toString().substring(0, 8);
  private final ScheduledExecutorService pool;
  private final Semaphore free;
  private final java.util.concurrent.atomic.AtomicBoolean pollFailing =
      new java.util.concurrent.atomic.AtomicBoolean();

  ExportJobs(
      LearnerPortfolios portfolios,
      ReportAssets assets,
      Catalogue catalogue,
      ExportSettings settings,
      ExportQueue queue,
      Accounts accounts,
      AuditCheckpoints checkpoints,
      TransactionTemplate transaction,
      Clock clock) {
    this.portfolios = portfolios;
    this.assets = assets;
    this.catalogue = catalogue;
    this.settings = settings;
    this.queue = queue;
    this.accounts = accounts;
    this.checkpoints = checkpoints;
    this.transaction = transaction;
    this.clock = clock;
    // One thread more than jobs run at once: it polls the queue while the others write.
    this.pool =
        Executors.newScheduledThreadPool(
            settings.threads() + 1,
            r -> {
              Thread t = new Thread(r, "export-worker");
              t.setDaemon(true);
              return t;
            });
    this.free = new Semaphore(settings.threads());
  }

  /**
   * Starts an export of a centre's learners on a qualification: checks who asks, records the export
   * in the audit trail and queues the job, all in one transaction; an instance then writes the ZIP.
   */
  public Status start(Actor by, String centreId, String qualificationId, LocalDate on) {
    removeExpired();
    Qualification qualification =
        catalogue
            .qualification(qualificationId)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "qualificationId", "unknown qualification '" + qualificationId + "'"));
    String id = Ids.next("exp");
    Status queued =
        transaction.execute(
            t -> {
              var plan = portfolios.beginExport(by, centreId, qualificationId, on);
              String title = CohortExport.title(qualification, plan.centreName(), on);
              String fileName = "export-" + centreId + "-" + qualificationId + "-" + on + ".zip";
              queue.queue(
                  id,
                  by.accountId(),
                  title,
                  centreId,
                  qualificationId,
                  on,
                  plan.learners(),
                  plan.auditHead(),
                  fileName,
                  Dates.now(clock));
              return queue.status(id, by.accountId()).orElseThrow();
            });
    pool.execute(this::work);
    return queued;
  }

  /** A job's progress, for the person who started it. */
  public Status status(Actor by, String jobId) {
    removeExpired();
    return mine(by, jobId);
  }

  /** A finished job's ZIP, for the person who started it, read from the database as it is sent. */
  public Optional<InputStream> file(Actor by, String jobId) {
    Status job = mine(by, jobId);
    return job.state() == State.DONE ? Optional.of(queue.file(job.id())) : Optional.empty();
  }

  /** The jobs this person started that are still kept, newest first. */
  public List<Status> mine(Actor by) {
    removeExpired();
    return by.accountId() == null ? List.of() : queue.owned(by.accountId());
  }

  private Status mine(Actor by, String jobId) {
    return Optional.ofNullable(by.accountId())
        .flatMap(owner -> queue.status(jobId, owner))
        .orElseThrow(() -> new NotFoundException("export", jobId));
  }

  /** Forgets finished jobs kept longer than the settings say, with their files. */
  void removeExpired() {
    queue.removeFinishedBefore(Dates.now(clock).minus(settings.keepFor()));
  }

  /** Every instance looks for queued jobs, and jobs whose instance died, every few seconds. */
  @EventListener(ApplicationReadyEvent.class)
  void poll() {
    long every = settings.pollEvery().toMillis();
    pool.scheduleWithFixedDelay(this::work, every, every, TimeUnit.MILLISECONDS);
  }

  /** Claims and writes jobs while this instance has a free thread and the queue has work. */
  void work() {
    while (free.tryAcquire()) {
      Optional<ExportQueue.Work> claimed;
      try {
        OffsetDateTime now = Dates.now(clock);
        claimed =
            transaction.execute(t -> queue.claim(worker, now, now.minus(settings.takeOverAfter())));
      } catch (RuntimeException e) {
        free.release();
        // Polled every second: say so once when it starts failing, not once a second.
        if (!pollFailing.getAndSet(true)) {
          LOG.warn(
              "Could not look for export jobs (said once until it works again): {}", e.toString());
        }
        return;
      }
      if (pollFailing.getAndSet(false)) {
        LOG.info("Looking for export jobs works again");
      }
      if (claimed.isEmpty()) {
        free.release();
        return;
      }
      pool.execute(
          () -> {
            try {
              write(claimed.get());
            } finally {
              free.release();
            }
          });
    }
  }

  /** Writes a claimed job's ZIP to a temporary file, then stores it and marks the job done. */
  private void write(ExportQueue.Work job) {
    Path file = null;
    int[] done = {0};
    try {
      Actor by =
          accounts
              .actorOf(job.ownerId())
              .orElseThrow(() -> new IllegalStateException("the account was disabled"));
      Files.createDirectories(settings.dir());
      file = Files.createTempFile(settings.dir(), job.id() + "-", ".zip");
      long[] lastBeat = {System.nanoTime()};
      try (OutputStream out = Files.newOutputStream(file)) {
        CohortExport.write(
            out,
            assets,
            job.title(),
            job.auditHead(),
            // The newest signed checkpoint when the ZIP is written (the job may wait in the queue).
            checkpoints.latest().orElse(null),
            job.learners().stream()
                    .map(
                        learner -> {
                          Portfolio p = portfolios.portfolio(by, learner, job.on());
                          done[0]++;
                          if (System.nanoTime() - lastBeat[0] > 1_000_000_000L) {
                            lastBeat[0] = System.nanoTime();
                            if (!queue.beat(job.id(), worker, done[0], Dates.now(clock))) {
                              throw new TakenOver();
                            }
                          }
                          return p;
                        })
                ::iterator);
      }
      Path written = file;
      long size = Files.size(written);
      transaction.executeWithoutResult(
          t -> {
            try (InputStream zip = Files.newInputStream(written)) {
              queue.storeFile(job.id(), zip);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            if (!queue.finish(
                job.id(), worker, State.DONE, done[0], null, size, Dates.now(clock))) {
              throw new TakenOver();
            }
          });
    } catch (TakenOver e) {
      LOG.info("Export {} was taken over by another instance", job.id());
    } catch (RuntimeException | IOException e) {
      LOG.error("Export {} failed", job.id(), e);
      queue.finish(
          job.id(),
          worker,
          State.FAILED,
          done[0],
          "the export could not be written",
          null,
          Dates.now(clock));
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          LOG.warn("Could not delete {}: {}", file, e.toString());
        }
      }
    }
  }

  /** This instance missed its beats and another took the job over: it stops writing it. */
  private static final class TakenOver extends RuntimeException {
    TakenOver() {
      super(null, null, false, false);
    }
  }

  @Override
  public void destroy() {
    pool.shutdownNow();
  }
}
