package uk.attest.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.Qualification;
import uk.attest.shared.Actor;
import uk.attest.shared.Dates;
import uk.attest.shared.Ids;
import uk.attest.shared.InvalidInputException;
import uk.attest.shared.NotFoundException;

/**
 * Awarding-body exports as background jobs, so no request waits while a large cohort is written: a
 * job writes its ZIP to a file on a small pool of threads and counts the learners done; the person
 * who started it watches the count and downloads the file when it is ready. A job is its starter's
 * alone (anyone else is told it does not exist), and it and its file are removed once finished for
 * longer than the settings keep them.
 *
 * <p>Jobs live in this instance's memory: behind a load balancer, progress is seen on the instance
 * that runs the job (sticky sessions, or a shared job table once the service runs on many).
 */
@Service
public class ExportJobs implements DisposableBean {
  private static final Logger LOG = LoggerFactory.getLogger(ExportJobs.class);

  /** How far a job has got; file is set once it is done. */
  public enum State {
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
  private final Clock clock;
  private final ExecutorService pool;
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();

  ExportJobs(
      LearnerPortfolios portfolios,
      ReportAssets assets,
      Catalogue catalogue,
      ExportSettings settings,
      Clock clock) {
    this.portfolios = portfolios;
    this.assets = assets;
    this.catalogue = catalogue;
    this.settings = settings;
    this.clock = clock;
    this.pool = Executors.newFixedThreadPool(settings.threads());
  }

  /**
   * Starts an export of a centre's learners on a qualification: checks who asks and records the
   * export in the audit trail now, then writes the ZIP in the background.
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
    var plan = portfolios.beginExport(by, centreId, qualificationId, on);
    String title = CohortExport.title(qualification, plan.centreName(), on);
    String fileName = "export-" + centreId + "-" + qualificationId + "-" + on + ".zip";
    Job job =
        new Job(
            Ids.next("exp"),
            by.accountId(),
            title,
            centreId,
            plan.learners().size(),
            Dates.now(clock),
            fileName);
    jobs.put(job.id, job);
    pool.submit(
        () -> {
          try {
            Files.createDirectories(settings.dir());
            Path file = settings.dir().resolve(job.id + ".zip");
            try (OutputStream out = Files.newOutputStream(file)) {
              CohortExport.write(
                  out,
                  assets,
                  title,
                  plan.auditHead(),
                  plan.auditCheckpoint(),
                  plan.learners().stream()
                          .map(
                              learner -> {
                                Portfolio p = portfolios.portfolio(by, learner, on);
                                job.done.incrementAndGet();
                                return p;
                              })
                      ::iterator);
            }
            job.file.set(file);
            job.finish(State.DONE, null, Dates.now(clock));
          } catch (RuntimeException | IOException e) {
            LOG.error("Export {} failed", job.id, e);
            job.finish(State.FAILED, "the export could not be written", Dates.now(clock));
          }
        });
    return job.status();
  }

  /** A job's progress, for the person who started it. */
  public Status status(Actor by, String jobId) {
    return mine(by, jobId).status();
  }

  /** A finished job's ZIP, for the person who started it. */
  public Optional<Path> file(Actor by, String jobId) {
    Job job = mine(by, jobId);
    return job.state.get() == State.DONE ? Optional.ofNullable(job.file.get()) : Optional.empty();
  }

  /** The jobs this person started that are still kept, newest first. */
  public List<Status> mine(Actor by) {
    removeExpired();
    return jobs.values().stream()
        .filter(j -> j.owner.equals(by.accountId()))
        .sorted((a, b) -> b.startedAt.compareTo(a.startedAt))
        .map(Job::status)
        .toList();
  }

  private Job mine(Actor by, String jobId) {
    removeExpired();
    Job job = jobs.get(jobId);
    if (job == null || by.accountId() == null || !job.owner.equals(by.accountId())) {
      throw new NotFoundException("export", jobId);
    }
    return job;
  }

  /** Forgets finished jobs kept longer than the settings say, and deletes their files. */
  void removeExpired() {
    OffsetDateTime before = Dates.now(clock).minus(settings.keepFor());
    jobs.values()
        .removeIf(
            j -> {
              OffsetDateTime finished = j.finishedAt.get();
              if (finished == null || finished.isAfter(before)) {
                return false;
              }
              Path file = j.file.get();
              try {
                if (file != null) {
                  Files.deleteIfExists(file);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              return true;
            });
  }

  @Override
  public void destroy() {
    pool.shutdownNow();
  }

  private static final class Job {
    final String id;
    final String owner;
    final String title;
    final String centreId;
    final int total;
    final OffsetDateTime startedAt;
    final String fileName;
    final AtomicInteger done = new AtomicInteger();
    final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
    final AtomicReference<Path> file = new AtomicReference<>();
    final AtomicReference<OffsetDateTime> finishedAt = new AtomicReference<>();
    final AtomicReference<String> problem = new AtomicReference<>();

    Job(
        String id,
        String owner,
        String title,
        String centreId,
        int total,
        OffsetDateTime startedAt,
        String fileName) {
      this.id = id;
      this.owner = owner;
      this.title = title;
      this.centreId = centreId;
      this.total = total;
      this.startedAt = startedAt;
      this.fileName = fileName;
    }

    void finish(State outcome, String why, OffsetDateTime at) {
      problem.set(why);
      finishedAt.set(at);
      state.set(outcome);
    }

    Status status() {
      return new Status(
          id, title, centreId, state.get(), done.get(), total, startedAt, fileName, problem.get());
    }
  }
}
