package uk.attest.reports.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import uk.attest.evidence.Reassessments;
import uk.attest.evidence.Reassessments.Job;
import uk.attest.evidence.Reassessments.Versions;
import uk.attest.shared.Actor;

/**
 * Each re-assessment as a person reads it: the versions it moved learners from and to, how many
 * learners are done of how many, when it started and what state it is in, in words.
 */
@Component
class ReassessmentProgress {
  private final Reassessments reassessments;

  ReassessmentProgress(Reassessments reassessments) {
    this.reassessments = reassessments;
  }

  /** One re-assessment on a page. */
  record Row(
      String from,
      String to,
      int done,
      int total,
      String progress,
      String state,
      String failures,
      OffsetDateTime startedAt,
      OffsetDateTime finishedAt) {}

  /** Whether the page shows this person re-assessments (decided by the service). */
  boolean shownTo(Actor actor) {
    return reassessments.follows(actor);
  }

  /** Newest first; only for admins and awarding bodies (the service refuses anyone else). */
  List<Row> rows(Actor actor) {
    return reassessments.jobs(actor).stream()
        .map(j -> row(j, reassessments.replacedVersions(actor, j)))
        .toList();
  }

  static Row row(Job job, List<Versions> from) {
    int percent = job.total() == 0 ? 100 : (int) Math.floor(100.0 * job.done() / job.total());
    return new Row(
        from.isEmpty()
            ? "no earlier assessment"
            : String.join(" or ", from.stream().map(ReassessmentProgress::versions).toList()),
        versions(new Versions(job.catalogueVersion(), job.rulesetVersion())),
        job.done(),
        Math.max(job.total(), 1),
        String.format(
            Locale.UK, "%d of %d learners re-assessed (%d%%)", job.done(), job.total(), percent),
        state(job),
        failures(job.failed()),
        job.startedAt(),
        job.finishedAt());
  }

  private static String state(Job job) {
    return switch (job.status()) {
      case "RUNNING" -> "Running";
      case "DONE" -> "Finished";
      default -> "Waiting";
    };
  }

  /** Learners the job could not re-assess, in words; null when there are none. */
  private static String failures(int failed) {
    if (failed == 0) {
      return null;
    }
    return (failed == 1 ? "1 learner" : failed + " learners")
        + " could not be re-assessed; the service tries again when it next starts.";
  }

  /** "rules 3fa9c1d2e4b5, criteria 9a8b7c6d5e4f": the start of each version's fingerprint. */
  static String versions(Versions v) {
    return "rules "
        + shortVersion(v.rulesetVersion())
        + ", criteria "
        + shortVersion(v.catalogueVersion());
  }

  private static String shortVersion(String version) {
    String hex = version.startsWith("sha256:") ? version.substring(7) : version;
    return hex.length() > 12 ? hex.substring(0, 12) : hex;
  }
}
