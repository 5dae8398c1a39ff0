package uk.attest.evidence;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.attest.accounts.Access;
import uk.attest.assessment.AssessmentEngine;
import uk.attest.learners.PeopleRepository;
import uk.attest.shared.Actor;
import uk.attest.shared.Dates;
import uk.attest.shared.Ids;

/**
 * When the ruleset or the catalogue changes, every learner whose newest assessment was made with
 * other versions is re-assessed in the background, each in its own transaction with the learner
 * locked, and kept with the new versions and the cause. Progress is a row any instance can read;
 * admins and awarding bodies see it.
 */
@Service
public class Reassessments {
  private static final Logger log = LoggerFactory.getLogger(Reassessments.class);
  private static final Duration STALE = Duration.ofMinutes(1);

  private final JdbcClient jdbc;
  private final PeopleRepository people;
  private final LearnerAssessments assessments;
  private final AssessmentEngine engine;
  private final Access access;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final boolean enabled;
  private final String worker = "instance-" + UUID.randomUUID().toString().substring(0, 8);

  Reassessments(
      JdbcClient jdbc,
      PeopleRepository people,
      LearnerAssessments assessments,
      AssessmentEngine engine,
      Access access,
      TransactionTemplate transaction,
      Clock clock,
      @Value("${attest.reassess-on-change:true}") boolean enabled) {
    this.jdbc = jdbc;
    this.people = people;
    this.assessments = assessments;
    this.engine = engine;
    this.access = access;
    this.transaction = transaction;
    this.clock = clock;
    this.enabled = enabled;
  }

  /** A re-assessment and how far it has gone. */
  public record Job(
      String id,
      String catalogueVersion,
      String rulesetVersion,
      String status,
      int total,
      int done,
      int failed,
      OffsetDateTime startedAt,
      OffsetDateTime finishedAt) {}

  /** The catalogue and ruleset versions of an assessment. */
  public record Versions(String catalogueVersion, String rulesetVersion) {}

  /**
   * The versions a re-assessment moved learners from: those of each learner's newest assessment
   * before the job started that differ from the job's own, sorted so a page lists them the same way
   * each time. For admins and awarding bodies.
   */
  public List<Versions> replacedVersions(Actor by, Job job) {
    mayFollow(by);
    return jdbc.sql(
            "select distinct a.catalogue_version, a.ruleset_version from assessment_record a"
                + " where a.created_at < ? and (a.catalogue_version <> ? or a.ruleset_version <> ?)"
                + " and a.seq = (select max(b.seq) from assessment_record b"
                + " where b.learner_id = a.learner_id and b.created_at < ?)"
                + " order by a.ruleset_version, a.catalogue_version")
        .params(job.startedAt(), job.catalogueVersion(), job.rulesetVersion(), job.startedAt())
        .query((rs, n) -> new Versions(rs.getString(1), rs.getString(2)))
        .list();
  }

  /** Whether this person follows re-assessments: admins and awarding bodies. */
  public boolean follows(Actor by) {
    return access.manages(by) || by.has(uk.attest.shared.Role.AWARDING_BODY);
  }

  private void mayFollow(Actor by) {
    Access.require(follows(by), "only admins and awarding bodies follow re-assessments");
  }

  /** Every re-assessment, newest first: for admins and awarding bodies. */
  public List<Job> jobs(Actor by) {
    mayFollow(by);
    return jdbc.sql(
            "select id, catalogue_version, ruleset_version, status, total, done, failed,"
                + " started_at, finished_at from reassessment_job order by started_at desc")
        .query(
            (rs, n) ->
                new Job(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getInt(5),
                    rs.getInt(6),
                    rs.getInt(7),
                    rs.getObject(8, OffsetDateTime.class),
                    rs.getObject(9, OffsetDateTime.class)))
        .list();
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    if (enabled) {
      Thread t = new Thread(this::run, "reassessment");
      t.setDaemon(true);
      t.start();
    }
  }

  /**
   * Re-assesses every learner assessed with other versions, unless another live instance is doing
   * it; returns how many learners this call re-assessed.
   */
  int run() {
    String catalogue = engine.catalogue().version();
    String rules = engine.rulesetVersion();
    List<String> stale = stale(catalogue, rules);
    if (stale.isEmpty()) {
      return 0;
    }
    String job = claim(catalogue, rules, stale.size());
    if (job == null) {
      return 0;
    }
    log.info(
        "Re-assessing {} learners for ruleset {} and catalogue {}", stale.size(), rules, catalogue);
    int done = 0;
    int failed = 0;
    long lastBeat = System.nanoTime();
    for (String learnerId : stale) {
      try {
        transaction.executeWithoutResult(
            t -> {
              people.lockLearner(learnerId);
              if (!stale(catalogue, rules, learnerId)) {
                return;
              }
              assessments.recompute(learnerId, "re-assessed: the ruleset or the catalogue changed");
            });
        done++;
      } catch (RuntimeException e) {
        failed++;
        log.warn("Re-assessing learner {} failed: {}", learnerId, e.toString());
      }
      if (System.nanoTime() - lastBeat > 1_000_000_000L) {
        progress(job, done, failed, "RUNNING");
        lastBeat = System.nanoTime();
      }
    }
    progress(job, done, failed, "DONE");
    return done;
  }

  /** Learners whose newest assessment was made with other versions, in id order. */
  private List<String> stale(String catalogue, String rules) {
    return jdbc.sql(
            "select a.learner_id from assessment_record a where a.seq = (select max(b.seq) from"
                + " assessment_record b where b.learner_id = a.learner_id) and"
                + " (a.catalogue_version <> ? or a.ruleset_version <> ?) order by a.learner_id")
        .params(catalogue, rules)
        .query(String.class)
        .list();
  }

  private boolean stale(String catalogue, String rules, String learnerId) {
    return jdbc.sql(
                "select count(*) from assessment_record a where a.learner_id = ? and a.seq = (select"
                    + " max(b.seq) from assessment_record b where b.learner_id = ?) and"
                    + " (a.catalogue_version <> ? or a.ruleset_version <> ?)")
            .params(learnerId, learnerId, catalogue, rules)
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * The job for these versions, for this instance to work: a new one, or one whose instance has not
   * beaten for a minute. Null when another live instance has it.
   */
  private String claim(String catalogue, String rules, int total) {
    OffsetDateTime now = Dates.now(clock);
    String id = Ids.next("rea");
    try {
      jdbc.sql(
              "insert into reassessment_job (id, catalogue_version, ruleset_version, status, total,"
                  + " done, failed, started_at, heartbeat_at, worker) values (?, ?, ?, 'RUNNING',"
                  + " ?, 0, 0, ?, ?, ?)")
          .params(id, catalogue, rules, total, now, now, worker)
          .update();
      return id;
    } catch (DuplicateKeyException e) {
      int taken =
          jdbc.sql(
                  "update reassessment_job set worker = ?, heartbeat_at = ?, status = 'RUNNING',"
                      + " total = ?, done = 0, failed = 0, finished_at = null"
                      + " where catalogue_version = ? and ruleset_version = ?"
                      + " and (status = 'DONE' or heartbeat_at < ?)")
              .params(worker, now, total, catalogue, rules, now.minus(STALE))
              .update();
      if (taken == 0) {
        return null;
      }
      return jdbc.sql(
              "select id from reassessment_job where catalogue_version = ? and ruleset_version = ?")
          .params(catalogue, rules)
          .query(String.class)
          .single();
    }
  }

  private void progress(String job, int done, int failed, String status) {
    OffsetDateTime now = Dates.now(clock);
    jdbc.sql(
            "update reassessment_job set done = ?, failed = ?, status = ?, heartbeat_at = ?,"
                + " finished_at = ? where id = ? and worker = ?")
        .params(done, failed, status, now, status.equals("DONE") ? now : null, job, worker)
        .update();
  }
}
