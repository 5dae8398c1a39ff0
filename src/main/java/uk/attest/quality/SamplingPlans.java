package uk.attest.quality;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import uk.attest.evidence.CentreDecisions;
import uk.attest.shared.Actor;
import uk.attest.shared.Checks;

/**
 * A centre's sampling plan and coverage, for its IQA and (read only) the external quality assurers
 * of the awarding bodies it is registered with; who may read is decided by {@link CentreDecisions},
 * through accounts' Access. Reading a plan changes nothing, so nothing is audited.
 */
@Service
public class SamplingPlans {
  /** The earliest day a plan may start: records before it are not kept as quality records. */
  static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);

  private final CentreDecisions decisions;
  private final SamplingPlanner planner;
  private final Clock clock;

  SamplingPlans(CentreDecisions decisions, SamplingPlanner planner, Clock clock) {
    this.decisions = decisions;
    this.planner = planner;
    this.clock = clock;
  }

  /**
   * The plan for decisions made from {@code from} to {@code to}, both included; with no {@code to}
   * it ends today, with no {@code from} it covers the policy's period up to {@code to}.
   */
  public SamplingPlan plan(Actor by, String centreId, LocalDate from, LocalDate to) {
    LocalDate today = LocalDate.now(clock);
    LocalDate end = to == null ? today : to;
    LocalDate start = from == null ? planner.defaultFrom(end) : from;
    Checks checks = new Checks();
    checks.date("to", end, EARLIEST, today);
    checks.date("from", start, EARLIEST, today);
    checks.check(!start.isAfter(end), "from", "must not be after 'to' (" + end + ")");
    checks.done();
    return planner.plan(decisions.at(by, centreId), start, end);
  }

  /** Today, as the plan's default end. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
